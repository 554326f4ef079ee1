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
            throw new ChatDeliveryException(
                "DeployBot refused to send to a Teams service URL it has not seen in a verified message; ask in Teams again so it learns the current one.",
                permanent: true);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
