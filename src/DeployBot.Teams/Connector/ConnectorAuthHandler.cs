using System.Net.Http.Headers;
using DeployBot.Core.Platforms;
using DeployBot.Teams.Auth;

namespace DeployBot.Teams.Connector;

/// <summary>
/// The innermost handler of the connector client: refuses any service URL not seen in a validated activity (so the
/// token cannot leak), then attaches a fresh bearer token to each attempt (none in emulator mode).
/// </summary>
internal sealed class ConnectorAuthHandler(ServiceUrlAllowList allowList, ConnectorTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is null || !allowList.IsAllowed(request.RequestUri))
        {
            // Not permanent: after a restart the allow-list is empty until Teams sends a verified activity again,
            // so a queued job should wait and retry rather than be parked.
            throw new ChatDeliveryException(
                "DeployBot refused to send to a Teams service URL it has not seen in a verified message since it started; it will retry once Teams talks to it again (or list the URL in Teams:AllowedServiceUrls).",
                permanent: false);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
