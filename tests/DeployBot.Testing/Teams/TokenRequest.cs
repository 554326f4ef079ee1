namespace DeployBot.Testing.Teams;

/// <summary>What to put in a minted token. Defaults make a valid Bot Connector token for <see cref="Audience"/>.</summary>
public sealed record TokenRequest(string Audience, string? ServiceUrl)
{
    public string Issuer { get; init; } = LocalTokenIssuer.BotFrameworkIssuer;

    /// <summary>Expiry relative to now; negative for an expired token.</summary>
    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-1);

    /// <summary>Sign with this key instead of the issuer's current one (e.g. a key it never published).</summary>
    public SigningKey? SignWith { get; init; }

    public string Algorithm { get; init; } = "RS256";
}
