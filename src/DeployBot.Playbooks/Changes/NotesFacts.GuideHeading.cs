using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// An upgrade guide's heading that names one version and says which side of the upgrade it is: "Since 0.13.0",
/// "Changes since v2.1", "Upgrading from 4.x" name the version being left; "Upgrading to 5.0", "Migrating to v3" the one
/// upgraded to. A heading that names both ("0.159.0 to 0.160.0") is read by <see cref="FromTo"/>.
/// </summary>
internal sealed partial record NotesFacts
{
    /// <summary>What a guide's heading says of the version to roll out; <see cref="GuideTarget.Target"/> is null when only the version left is known.</summary>
    internal sealed record GuideTarget(string? Left, string? Target);

    /// <summary>
    /// The heading's reading as a guide, or null when it is no such heading. After a "since"/"from" heading the target is
    /// the one later version the body names as this guide's ("With the v0.14 release", "Starting in v0.16"), else unknown.
    /// </summary>
    internal static GuideTarget? GuideHeading(string line, string notes)
    {
        if (FromTo().IsMatch(line))
        {
            return null;
        }

        if (UpgradeTo().Match(line) is { Success: true } to)
        {
            return new GuideTarget(null, to.Groups["version"].Value);
        }

        if (LeftSince().Match(line) is not { Success: true } since)
        {
            return null;
        }

        var left = since.Groups["version"].Value;
        if (ToVersion().Match(line, since.Index + since.Length) is { Success: true } upTo)
        {
            return new GuideTarget(left, upTo.Groups["version"].Value);
        }

        var later = BodyRelease().Matches(notes).Select(match => match.Groups["version"].Value)
            .Where(version => IsLater(version, left)).Distinct().ToArray();
        return new GuideTarget(left, later.Length == 1 ? later[0] : null);
    }

    private static bool IsLater(string version, string left) =>
        Version.TryParse(Numeric(version), out var candidate) && Version.TryParse(Numeric(left), out var previous) && candidate > previous;

    /// <summary>"0.14" as a <see cref="Version"/> reads "0.14"; "0.13.0" stays; an "x" or a suffix ends the number.</summary>
    private static string Numeric(string version)
    {
        var digits = new string([.. version.TakeWhile(c => char.IsDigit(c) || c == '.')]).TrimEnd('.');
        return digits.Contains('.', StringComparison.Ordinal) ? digits : digits + ".0";
    }

    /// <summary>"Since 0.13.0", "Changes since v2.1", "Upgrading from 4.x", "Migrating from v1.2": the version being left.</summary>
    [GeneratedRegex(@"\b(?:since|(?:upgrad(?:e|es|ing)|migrat(?:e|es|ing)|moving|coming)\s+from|from)\s+(?:version\s+)?v?(?<version>\d+(?:\.(?:\d+|x))+(?:-[0-9a-z.]+)?)(?![\w.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LeftSince();

    /// <summary>
    /// "Upgrading to 5.0", "Upgrade to v3.0.0", "Migrating to version 2.1", "Upgrading to v4.x", "Upgrading to Acme Server RC3":
    /// the version upgraded to, after the product's capitalised name when the heading gives it.
    /// </summary>
    [GeneratedRegex(@"\b(?:upgrad(?:e|es|ing)|migrat(?:e|es|ing)|moving|updating|update)\s+to\s+(?:(?-i:[A-Z][\w®-]*)\s+){0,3}?(?:version\s+)?v?(?<version>\d+\.\d+(?:\.\d+)?(?:-[0-9a-z.]+)?|\d+(?:\.\d+)?\.x|(?-i:RC)\d+)(?![\w.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex UpgradeTo();

    /// <summary>"… from 1.x to 2.0": the version after "to" in a heading that named the version left with a wildcard.</summary>
    [GeneratedRegex(@"\bto\s+(?:version\s+)?v?(?<version>\d+\.\d+(?:\.\d+)?(?:-[0-9a-z.]+)?)(?![\w.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ToVersion();

    /// <summary>A release the body names as this one: "the v0.14 release", "Starting in v0.16", "for v0.14", "release 0.14.0".</summary>
    [GeneratedRegex(@"\b(?:with|in|for|starting\s+(?:in|with)|as\s+of|since)\s+(?:the\s+)?v(?<version>\d+\.\d+(?:\.\d+)?)\b(?!\.\d)|\bv?(?<version>\d+\.\d+(?:\.\d+)?)\s+release\b|\brelease\s+v?(?<version>\d+\.\d+(?:\.\d+)?)\b(?!\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BodyRelease();
}
