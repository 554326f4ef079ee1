using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A setting the notes say must be set or the data is lost: "you must enable `.Values.keepOldDriver`, otherwise all volumes
/// will be deleted", "set `storage.legacy_layout: true` or you will lose your data". It is set in the values or config
/// file before the upgrade and checked in the reviewed diff; it is never a feature flag ramped by traffic, and no rollback
/// switches it off. <paramref name="Condition"/> is the case the notes ask it in ("if you keep the old name"), when they
/// say; <paramref name="Loss"/> what happens without it, in the notes' words.
/// </summary>
internal sealed partial record RequiredSetting(string Name, string? Condition, string Loss)
{
    /// <summary>A Helm value (".Values.x", "Values.x"): set in the chart's values file.</summary>
    public bool IsChartValue => Name.StartsWith("Values.", StringComparison.OrdinalIgnoreCase) || Name.StartsWith(".Values.", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<RequiredSetting> Read(string notes) =>
        [.. Required().Matches(notes).Where(match => Losses().IsMatch(match.Groups["then"].Value))
            .Select(match => new RequiredSetting(match.Groups["name"].Value, ConditionOf(match), match.Groups["then"].Value.Trim()))
            .DistinctBy(setting => setting.Name)];

    /// <summary>The notes require <paramref name="name"/> this way (a flag's name read elsewhere, with or without the leading dot).</summary>
    public static bool Names(string notes, string name) =>
        Read(notes).Any(setting => setting.Name.TrimStart('.').Equals(name.TrimStart('.'), StringComparison.OrdinalIgnoreCase));

    private static string? ConditionOf(Match match) =>
        match.Groups["if"] is { Success: true } condition ? condition.Value.Trim() : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"[If you choose option 2, ]you must enable `x` flag, otherwise …", "you need to set `x` or (else) …", "… unless …".</summary>
    [GeneratedRegex(@"(?:\b(?<if>if\s+you\s+[^,.;\n]{3,60}),\s+)?\byou\s+(?:must|need\s+to|have\s+to|will\s+need\s+to)\s+(?:enable|set|configure|turn\s+on|keep|add|specify)\s+(?:the\s+)?
        `?(?<name>\.?[A-Za-z][\w-]*(?:\.[\w-]+)*(?:\s*[:=]\s*[\w-]+)?)`?(?:\s+(?:flag|option|setting|value|parameter|key))?(?:\s+(?:to\s+)?`?[\w-]+`?)?
        [^.;\n]{0,30}?,?\s+(?:or(?:\s+else)?|otherwise)\s*,?\s+(?<then>[^.;\n]{3,120})", Options, MatchBudget.Milliseconds)]
    private static partial Regex Required();

    /// <summary>Without it data is lost: "you will lose (all of) your data", "volumes will be deleted", "data loss", "is wiped".</summary>
    [GeneratedRegex(@"\blos(?:e|es|ing|t)\b | \bdata\s+loss\b | \b(?:deleted|destroyed|wiped|erased|removed|corrupted|unreadable)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Losses();
}
