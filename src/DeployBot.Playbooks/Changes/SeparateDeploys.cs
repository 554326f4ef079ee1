using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Services the notes say are upgraded in a deploy of their own before this one ("all ok except legacy-reporting which
/// gets upgraded first (separate deploy, before this one)"): this plan does not deploy them, it checks that they were,
/// as a go/no-go before starting.
/// </summary>
internal static partial class SeparateDeploys
{
    public static IReadOnlyList<string> Read(string notes) =>
        [.. UpgradedFirst().Matches(notes).Select(match => match.Groups["name"].Value).Where(NameShapes.IsRunningThing).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The go/no-go check for the services upgraded first, or null when the notes name none.</summary>
    public static string? Check(string notes, string what) => Read(notes) is { Count: > 0 } names
        ? $"Go/no-go before starting: {Wording.Code(names)} already {(names.Count == 1 ? "runs" : "run")} {what}: the notes have {(names.Count == 1 ? "it" : "them")} upgraded first, in a separate deploy before this one, which this plan does not do; if that deploy has not happened or did not pass, stop here."
        : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<name>\b[a-z][\w-]*[a-z0-9])\s+(?:\([^()]{0,40}\)\s+)?(?:,\s*)?(?:which\s+|that\s+)?(?:gets|get|is|are|will\s+be|must\s+be|has\s+been|have\s+been|was|were)\s+(?:upgraded|deployed|updated|released|rolled\s+out|bumped)\s+(?:first|beforehand|earlier|separately|in\s+a\s+separate\s+deploy\w*)\b | \b(?:upgrade|deploy|update)\s+(?<name>[a-z][\w-]*[a-z0-9])\s+first\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex UpgradedFirst();
}
