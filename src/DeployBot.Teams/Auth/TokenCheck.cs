namespace DeployBot.Teams.Auth;

/// <summary>The outcome of checking an inbound request's bearer token; <see cref="Reason"/> is for the log, never the caller.</summary>
internal sealed record TokenCheck(bool IsValid, string Reason)
{
    public static TokenCheck Valid { get; } = new(true, "valid");

    public static TokenCheck Invalid(string reason) => new(false, reason);
}
