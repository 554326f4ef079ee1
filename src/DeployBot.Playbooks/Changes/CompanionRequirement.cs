using System.Globalization;
using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A companion component or service the release now needs, outside the "X 1.2 or later" floors of
/// <see cref="DependencyFloor"/>: "users of pg-backup-api will need to upgrade it to version 0.2.0", "requires the
/// `GitRepository` API version `v1`, first shipped with source-controller v1.0.0-rc.1", "Redis is now required". The
/// new version does not work without it, so the plan confirms it before starting, naming it and the version the notes give.
/// </summary>
internal static partial class CompanionRequirement
{
    /// <summary>Each stated requirement: its line in the notes, the component and the version (null when the notes give none), in the notes' order.</summary>
    public static IReadOnlyList<(int Line, string Name, string? Version)> Of(string notes) =>
        [.. Requirement().Matches(notes)
            .Where(match => !NotNames.Contains(match.Groups["name"].Value))
            .Select(match => (Line: 1 + notes.AsSpan(0, match.Index).Count('\n'), Name: match.Groups["name"].Value,
                Version: match.Groups["v"].Success ? match.Groups["v"].Value.TrimEnd('.') : null))
            .DistinctBy(found => found.Name, StringComparer.OrdinalIgnoreCase)
            .Take(4)];

    /// <summary>"pg-backup-api at version 0.2.0 or later (line 26 of the notes)", "Redis running and reachable (line 19 of the notes)".</summary>
    public static string Describe((int Line, string Name, string? Version) found) =>
        $"{found.Name} {(found.Version is { } version ? $"at version {version} or later" : "running and reachable")} (line {found.Line.ToString(CultureInfo.InvariantCulture)} of the notes)";

    /// <summary>
    /// Sentence starters that are no component ("It is now required …"), and what a release requires of a request or a
    /// sign-in rather than a service running beside it ("Authentication is now required for /metrics", "PKCE is now
    /// mandatory"): no pre-flight check confirms those "running and reachable".
    /// </summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "It", "This", "That", "These", "Those", "There", "Which", "What", "Now", "Also", "Migration", "Action", "Nothing",
        "Authentication", "Authorization", "Auth", "HTTPS", "TLS", "SSL", "mTLS", "PKCE", "MFA", "2FA", "TOTP", "Login", "Email",
        "Password", "Token", "Signature", "Header", "Consent", "Verification", "Validation", "Confirmation", "Approval",
    };

    private const string Name = @"\[?`?(?<name>[A-Za-z][\w.-]*[A-Za-z0-9])`?\]?(?:\([^)\s]*\))?";
    private const string Version = @"(?:version\s+)?`?v?(?<v>\d+\.\d+(?:\.\d+)?(?:-[\w.]*\w)?)`?";

    [GeneratedRegex($@"\b(?:users\s+of|if\s+you\s+(?:use|run|are\s+using|are\s+running))\s+{Name}[^.;]{{0,60}}?\b(?:upgrade|update)\s+(?:it\s+|them\s+)?to\s+{Version}
        | \brequires?\b[^.;]{{0,120}}?\b(?:first\s+)?(?:shipped|introduced|released|available)\s+(?:with|in)\s+{Name}\s+{Version}
        | (?-i:\b(?<name>[A-Z][\w.-]*[A-Za-z0-9]))\s+is\s+now\s+(?:a\s+)?(?:required|mandatory|a\s+requirement)\b(?!\s+(?:to|for\s+(?:the\s+)?(?:field|option|setting)))",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Requirement();
}
