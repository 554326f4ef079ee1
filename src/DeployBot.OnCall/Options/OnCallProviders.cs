namespace DeployBot.OnCall.Options;

/// <summary>The values of <c>Environments:&lt;env&gt;:OnCall:Provider</c>.</summary>
internal static class OnCallProviders
{
    public const string Static = "Static";
    public const string PagerDuty = "PagerDuty";
    public const string Opsgenie = "Opsgenie";

    public static readonly string[] All = [Static, PagerDuty, Opsgenie];

    /// <summary>The canonical name for a configured value (case-insensitive; blank means Static), or null when unknown.</summary>
    public static string? Canonical(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? Static
            : All.FirstOrDefault(name => name.Equals(configured.Trim(), StringComparison.OrdinalIgnoreCase));
}
