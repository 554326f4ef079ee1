using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.Teams;

/// <summary>
/// A stand-in for the Bot Framework's token infrastructure on loopback: an OpenID metadata document and JWKS signed by
/// its own RSA keys (mints RS256 Bot Connector tokens with any issuer, audience, expiry and serviceurl claim), and an
/// Entra-style client-credentials token endpoint for the bot's outbound calls.
/// </summary>
public sealed class LocalTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly object _gate = new();
    private readonly List<SigningKey> _published = [];
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private WebApplication? _app;
    private int _metadataRequests;
    private int _keyRequests;
    private int _issued;

    private LocalTokenIssuer(string appId, string appPassword)
    {
        AppId = appId;
        AppPassword = appPassword;
        Current = new SigningKey();
        _published.Add(Current);
    }

    public string AppId { get; }

    public string AppPassword { get; }

    public Uri Root { get; private set; } = new("http://127.0.0.1/");

    public SigningKey Current { get; private set; }

    public string MetadataUrl => new Uri(Root, "v1/.well-known/openidconfiguration").ToString();

    public string TokenEndpoint => new Uri(Root, "botframework.com/oauth2/v2.0/token").ToString();

    public int MetadataRequests => _metadataRequests;

    public int KeyRequests => _keyRequests;

    /// <summary>The form fields of every client-credentials request the bot made.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => _tokenRequests.ToArray();

    /// <summary>Lifetime of issued access tokens (seconds), as <c>expires_in</c>.</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>The access token the fake connector should accept: the last one issued.</summary>
    public string? LastAccessToken { get; private set; }

    public static async Task<LocalTokenIssuer> StartAsync(string appId = "00000000-0000-0000-0000-0000000000a1", string appPassword = "test-app-password", CancellationToken cancellationToken = default)
    {
        var issuer = new LocalTokenIssuer(appId, appPassword);
        (issuer._app, issuer.Root) = await Loopback.StartAsync(issuer.Map, cancellationToken);
        return issuer;
    }

    /// <summary>A Bot Connector token for this app and service URL, valid for an hour.</summary>
    public string MintToken(string serviceUrl) => MintToken(new TokenRequest(AppId, serviceUrl));

    public string MintToken(TokenRequest request)
    {
        var key = request.SignWith ?? Current;
        var now = TimeProvider.System.GetUtcNow();
        var header = new JsonObject { ["alg"] = request.Algorithm, ["typ"] = "JWT", ["kid"] = key.KeyId, ["x5t"] = key.KeyId };
        var payload = new JsonObject
        {
            ["iss"] = request.Issuer,
            ["aud"] = request.Audience,
            ["iat"] = (now + request.NotBeforeOffset).ToUnixTimeSeconds(),
            ["nbf"] = (now + request.NotBeforeOffset).ToUnixTimeSeconds(),
            ["exp"] = (now + request.ExpiresIn).ToUnixTimeSeconds(),
        };
        if (request.ServiceUrl is not null)
        {
            payload["serviceurl"] = request.ServiceUrl;
        }

        var signingInput = Base64Url.Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return signingInput + "." + Base64Url.Encode(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    /// <summary>While false, the metadata and key endpoints answer 503 (an outage of the Bot Framework's login service).</summary>
    public bool MetadataAvailable { get; set; } = true;

    /// <summary>Publishes <paramref name="key"/> next to the current one (tokens signed with it validate, subject to its endorsements).</summary>
    public void Publish(SigningKey key)
    {
        lock (_gate)
        {
            _published.Add(key);
        }
    }

    /// <summary>Starts signing with a new key and publishes it; the old key stays published unless <paramref name="retireOld"/>.</summary>
    public SigningKey RotateKey(bool retireOld = true)
    {
        lock (_gate)
        {
            var next = new SigningKey();
            if (retireOld)
            {
                _published.Remove(Current);
            }

            _published.Add(next);
            Current = next;
            return next;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        lock (_gate)
        {
            _published.ForEach(key => key.Dispose());
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _metadataRequests);
            if (!MetadataAvailable)
            {
                return Results.StatusCode(503);
            }

            return Results.Json(new JsonObject
            {
                ["issuer"] = BotFrameworkIssuer,
                ["authorization_endpoint"] = new Uri(Root, "v1/authorize").ToString(),
                ["jwks_uri"] = new Uri(Root, "v1/.well-known/keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            });
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _keyRequests);
            if (!MetadataAvailable)
            {
                return Results.StatusCode(503);
            }

            lock (_gate)
            {
                return Results.Json(new JsonObject { ["keys"] = new JsonArray(_published.Select(key => (JsonNode)key.ToJwk()).ToArray()) });
            }
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", (Delegate)IssueAccessTokenAsync);
    }

    private async Task<IResult> IssueAccessTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var fields = form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        _tokenRequests.Enqueue(fields);
        if (fields.GetValueOrDefault("grant_type") != "client_credentials" || fields.GetValueOrDefault("scope") != "https://api.botframework.com/.default")
        {
            return Results.Json(new { error = "invalid_request" }, statusCode: 400);
        }

        if (fields.GetValueOrDefault("client_id") != AppId || fields.GetValueOrDefault("client_secret") != AppPassword)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        LastAccessToken = $"fake-connector-token-{Interlocked.Increment(ref _issued)}";
        return Results.Json(new { token_type = "Bearer", expires_in = AccessTokenLifetimeSeconds, ext_expires_in = AccessTokenLifetimeSeconds, access_token = LastAccessToken });
    }
}
