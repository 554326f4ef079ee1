using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// An upgrade path the notes give as a second installation beside the running one, not an in-place migration ("The
/// recommended upgrade path is to run a separate v2.x instance in parallel with your existing v1.x instance: write data
/// to both instances, validate the new instance, and switch over"): the new version gets its own databases with its own
/// (often rewritten) schemas, the old one and its schemas are never migrated, and it stays the way back until it is
/// decommissioned.
/// </summary>
/// <param name="New">The new installation as the notes name it ("v2.x instance"), or a plain "new instance".</param>
/// <param name="Old">The running one ("v1.x instance"), or "existing instance".</param>
/// <param name="DualWrite">The notes say to write to both while they run side by side.</param>
internal sealed partial record ParallelInstance(string New, string Old, bool DualWrite)
{
    public static ParallelInstance? Read(string notes)
    {
        if (Parallel().Match(notes) is not { Success: true } match || !SwitchOver().IsMatch(notes))
        {
            return null;
        }

        var kind = match.Groups["kind"].Value.ToLowerInvariant();
        var @new = match.Groups["new"].Success ? $"{match.Groups["new"].Value} {kind}" : $"new {kind}";
        var old = match.Groups["old"].Success ? $"{match.Groups["old"].Value} {kind}" : $"existing {kind}";
        return new ParallelInstance(@new, old, DualWrites().IsMatch(notes));
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string Kind = @"(?:instances?|clusters?|deployments?|installations?|installs?|servers?|stacks?)";

    /// <summary>"run a separate v2.x instance in parallel with your existing v1.x instance", "install 3.0 as a second cluster side by side with the old one".</summary>
    [GeneratedRegex(@"\b(?:separate|second|parallel|fresh|new)\s+(?:(?<new>v?\d[\w.]*)\s+)?(?<kind>instance|cluster|deployment|installation|install|server|stack)s?\b
        [^.;\n]{0,40}?\b(?:in\s+parallel|side[\s-]by[\s-]side|alongside|next\s+to)\b
        (?:\s+(?:with|to)\s+(?:your|the)\s+(?:existing|current|old|running)\s+(?:(?<old>v?\d[\w.]*)\s+)?" + Kind + @")?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Parallel();

    /// <summary>The notes move to the new one at the end: "switch over", "cut over", "migrate your traffic".</summary>
    [GeneratedRegex(@"\bswitch(?:ing)?\s+over\b | \bcut\s*over\b | \bswitch\s+(?:your\s+)?(?:traffic|clients|users)\b | \bdecommission\w*\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex SwitchOver();

    [GeneratedRegex(@"\bwrite\s+(?:data\s+)?to\s+both\b | \bdual[\s-]?writ\w* | \bsend\s+(?:data|telemetry|traffic)\s+to\s+both\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex DualWrites();
}
