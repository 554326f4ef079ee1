using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeployBot.Core.Platforms;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams.Auth;

/// <summary>
/// Bearer tokens for the Bot Connector: OAuth client credentials against <c>Teams:TokenEndpoint</c> with scope
/// <c>https://api.botframework.com/.default</c> (teams-protocol.md §2.1), cached until five minutes before expiry.
/// Returns null in emulator mode (no app id: nothing to authenticate with).
/// </summary>
internal sealed class ConnectorTokenProvider(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, TimeProvider timeProvider)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private CachedToken? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsEmulatorMode)
        {
            return null;
        }

        if (_cached is { } fresh && fresh.RefreshAt > timeProvider.GetUtcNow())
        {
            return fresh.Value;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } current && current.RefreshAt > timeProvider.GetUtcNow())
            {
                return current.Value;
            }

            _cached = await RequestAsync(cancellationToken);
            return _cached.Value;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.AppId ?? string.Empty,
            ["client_secret"] = settings.AppPassword ?? string.Empty,
            ["scope"] = TeamsConstants.ConnectorScope,
        });
        var client = httpClientFactory.CreateClient(TeamsConstants.TokenClientName);
        using var response = await SendAsync(client, settings.EffectiveTokenEndpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw Rejected(response.StatusCode);
        }

        var body = await ReadAsync(response, cancellationToken);
        var lifetime = TimeSpan.FromSeconds(Math.Max(body.ExpiresIn, 60));
        var refreshAt = timeProvider.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2);
        return new CachedToken(body.AccessToken!, refreshAt);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri endpoint, HttpContent form, CancellationToken cancellationToken)
    {
        try
        {
            return await client.PostAsync(endpoint, form, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ChatDeliveryException("DeployBot could not reach the Microsoft token endpoint (Teams:TokenEndpoint); it will try again.", permanent: false, exception);
        }
    }

    private static async Task<TokenResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
            return body is { AccessToken.Length: > 0 } ? body : throw new JsonException("no access_token");
        }
        catch (JsonException exception)
        {
            throw new ChatDeliveryException("The Microsoft token endpoint answered without a usable access token; check Teams:TokenEndpoint.", permanent: false, exception);
        }
    }

    private static ChatDeliveryException Rejected(HttpStatusCode status) => (int)status is 400 or 401 or 403
        ? new ChatDeliveryException(
            $"Microsoft refused DeployBot's credentials (HTTP {(int)status} from the token endpoint): check Teams:AppId and Teams:AppPassword, and set Teams:TenantId for a single-tenant app registration.",
            permanent: true)
        : new ChatDeliveryException($"The Microsoft token endpoint failed (HTTP {(int)status}); DeployBot will try again.", permanent: false);

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
