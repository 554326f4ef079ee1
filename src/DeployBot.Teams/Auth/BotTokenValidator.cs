using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DeployBot.Teams.Auth;

/// <summary>
/// Validates the Bot Connector's JWT, fail closed (teams-protocol.md §1.2–§1.3, §1.7): exact <c>Bearer</c> scheme,
/// issuer <c>https://api.botframework.com</c> checked before any key work, audience = the app id, lifetime with 5 minutes
/// of skew, an RS256/384/512 signature by a key from the OpenID metadata (refreshed once when the key id is unknown,
/// which is how rotation is picked up), and the <c>serviceurl</c> claim equal to the activity's serviceUrl. The signing
/// key's <c>endorsements</c> travel with the result, for the activity's channelId to be checked against them.
/// </summary>
internal sealed class BotTokenValidator(BotSigningKeys metadata, IOptions<TeamsOptions> options)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The whole check, for callers that already hold the activity.</summary>
    public async Task<TokenCheck> ValidateAsync(string? authorization, string? activityServiceUrl, CancellationToken cancellationToken) =>
        (await ValidateAsync(authorization, cancellationToken)).ForServiceUrl(activityServiceUrl);

    /// <summary>Everything the header alone can prove, before the body is read; the serviceUrl is compared afterwards.</summary>
    public async Task<TokenCheck> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (!TryReadBearer(authorization, out var token))
        {
            return TokenCheck.Invalid("no Authorization: Bearer header");
        }

        if (!TryReadIssuer(token, out var issuer) || issuer != TeamsConstants.BotFrameworkIssuer)
        {
            return TokenCheck.Invalid("issuer is not " + TeamsConstants.BotFrameworkIssuer);
        }

        var (result, configuration) = await ValidateSignedAsync(token, cancellationToken);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && metadata.ForceRefresh())
        {
            // An unknown key id: the keys may have rotated. Fetch the metadata once more and try again.
            (result, configuration) = await ValidateSignedAsync(token, cancellationToken);
        }

        if (!result.IsValid)
        {
            return TokenCheck.Invalid(result.Exception?.GetType().Name ?? "invalid token");
        }

        var claimed = result.Claims.TryGetValue(TeamsConstants.ServiceUrlClaim, out var value) ? value as string : null;
        var keyId = (result.SecurityToken as JsonWebToken)?.Kid;
        return new TokenCheck(true, "valid", claimed, keyId) { Endorsements = KeyEndorsements.Of(configuration, keyId) };
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration? Configuration)> ValidateSignedAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            // No metadata, no keys: nothing can be verified, so nothing is accepted.
            return (new TokenValidationResult { IsValid = false, Exception = exception }, null);
        }

        return (await _handler.ValidateTokenAsync(token, CreateParameters(configuration)), configuration);
    }

    private TokenValidationParameters CreateParameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = TeamsConstants.BotFrameworkIssuer,
        ValidateAudience = true,
        ValidAudience = options.Value.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = TeamsConstants.ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = Algorithms,

        // Lifetime is checked against the system clock: IdentityModel 8 keeps its TimeProvider hook internal.
    };

    private static bool TryReadBearer(string? authorization, out string token)
    {
        token = string.Empty;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        token = authorization["Bearer ".Length..].Trim();
        return token.Length > 0 && !token.Contains(' ', StringComparison.Ordinal);
    }

    private bool TryReadIssuer(string token, out string? issuer)
    {
        issuer = null;
        if (!_handler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            issuer = _handler.ReadJsonWebToken(token).Issuer;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
