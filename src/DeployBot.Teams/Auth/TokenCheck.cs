namespace DeployBot.Teams.Auth;

/// <summary>
/// The outcome of checking an inbound request's bearer token; <see cref="Reason"/> is for the log, never the caller.
/// A valid check carries the token's <c>serviceurl</c> claim and the id of the key that signed it, for the checks that
/// need the activity (read only after the token passed).
/// </summary>
internal sealed record TokenCheck(bool IsValid, string Reason, string? ServiceUrl = null, string? KeyId = null)
{
    public static TokenCheck Valid { get; } = new(true, "valid");

    /// <summary>The channels the signing key is endorsed for (its JWK <c>endorsements</c>).</summary>
    public IReadOnlyList<string> Endorsements { get; init; } = [];

    public static TokenCheck Invalid(string reason) => new(false, reason);

    /// <summary>This check, failed when the signing key is not endorsed for the activity's channel (issue 16).</summary>
    public TokenCheck ForChannel(string? channelId) =>
        !IsValid || KeyEndorsements.Covers(Endorsements, channelId)
            ? this
            : Invalid($"the signing key is not endorsed for channel '{channelId}'");

    /// <summary>This check, failed when the activity's serviceUrl is not the one the token was issued for.</summary>
    public TokenCheck ForServiceUrl(string? activityServiceUrl)
    {
        if (!IsValid)
        {
            return this;
        }

        if (string.IsNullOrEmpty(ServiceUrl) || string.IsNullOrEmpty(activityServiceUrl))
        {
            return Invalid("token or activity has no serviceUrl");
        }

        return string.Equals(ServiceUrl.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? this
            : Invalid("activity serviceUrl does not match the token's serviceurl claim");
    }
}
