using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Every default the notes say the release changes, in whatever shape the key takes: "`map_public_ip_on_launch` now
/// defaults to `false`", "`--compression-static` and `--security-headers` are now enabled by default", "Default port changed
/// from `80` to `8787`", "Default service type has been changed from LoadBalancer to ClusterIP". An environment that never
/// set the key takes the new default with the rollout, silently: the operator decides before it whether to keep the old
/// behaviour set explicitly. <see cref="ChangedDefault"/> reads the one upper-case setting a config change plans around.
/// </summary>
/// <param name="Key">The setting, flag or property, as the notes write it.</param>
/// <param name="Old">The old default when the notes give it.</param>
/// <param name="New">The new default.</param>
internal sealed partial record ChangedDefaults(string Key, string? Old, string New)
{
    /// <summary>At most this many are named; a release that changes more links its own list.</summary>
    private const int Named = 6;

    public static IReadOnlyList<ChangedDefaults> Read(string notes)
    {
        var found = new List<(int At, ChangedDefaults Change)>();
        foreach (Match match in NowDefaultsTo().Matches(notes))
        {
            found.Add((match.Index, new ChangedDefaults(Code(match.Groups["key"].Value), null, Code(match.Groups["new"].Value))));
        }

        foreach (Match match in NowOnByDefault().Matches(notes))
        {
            found.AddRange(CodeSpan().Matches(match.Groups["keys"].Value).Select(key => (match.Index, new ChangedDefaults(Code(key.Value), null, match.Groups["new"].Value.ToLowerInvariant()))));
        }

        foreach (Match match in DefaultChangedFrom().Matches(notes))
        {
            found.Add((match.Index, new ChangedDefaults(match.Groups["key"].Value.Trim(), Code(match.Groups["old"].Value), Code(match.Groups["new"].Value))));
        }

        return [.. found.OrderBy(change => change.At).Select(change => change.Change).DistinctBy(change => change.Key, StringComparer.OrdinalIgnoreCase).Take(Named)];
    }

    /// <summary>"`port` `80` → `8787`", "`--security-headers` now enabled".</summary>
    public string Describe() => Old is { } old ? $"{Quoted(Key)} `{old}` → `{New}`" : $"{Quoted(Key)} now {(New is "enabled" or "disabled" ? New : $"`{New}`")}";

    private static string Quoted(string key) => key.Contains(' ', StringComparison.Ordinal) ? $"the {key}" : $"`{key}`";

    private static string Code(string value) => value.Trim().Trim('`').TrimEnd('.', ',', ';', '*');

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"`ami_type` now defaults to `AL2023_x86_64_STANDARD`", "`--es.uri` now defaults to empty".</summary>
    [GeneratedRegex(@"(?<key>`[^`\n]{1,60}`)\s+now\s+defaults\s+to\s+(?<new>`[^`\n]{1,60}`|[\w.:/-]+)", Options, MatchBudget.Milliseconds)]
    private static partial Regex NowDefaultsTo();

    /// <summary>"`--compression-static` and `--security-headers` are now enabled by default", "`strict_mode` is now on by default".</summary>
    [GeneratedRegex(@"(?<keys>`[^`\n]{1,60}`(?:\s*(?:,|and|,\s*and)\s*`[^`\n]{1,60}`){0,5})\s+(?:is|are)\s+now\s+(?<new>enabled|disabled|on|off|true|false)\s+by\s+default", Options, MatchBudget.Milliseconds)]
    private static partial Regex NowOnByDefault();

    /// <summary>
    /// "Default port changed from `80` to `8787`", "Default service type has been changed from LoadBalancer to ClusterIP",
    /// "default production bind address changes from 0.0.0.0 to ::": the key in prose, up to three words ("the default
    /// value was changed" names none).
    /// </summary>
    [GeneratedRegex(@"\bdefault\s+(?!value\b|behaviou?r\b|settings?\b)(?<key>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:has\s+been\s+|was\s+|is\s+)?chang(?:ed|es)\s+from\s+(?<old>`[^`\n]{1,60}`|[\w.:/-]+)\s+to\s+(?<new>`[^`\n]{1,60}`|[\w.:/-]*[\w:/])", Options, MatchBudget.Milliseconds)]
    private static partial Regex DefaultChangedFrom();

    [GeneratedRegex(@"`[^`\n]+`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CodeSpan();
}
