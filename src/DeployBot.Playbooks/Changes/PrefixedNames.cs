using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Objects the new version names differently by adding a prefix or suffix the notes give ("Replication slots declared
/// in the clusterspec `additionalMasterReplicationSlots` option will now be prefixed with the `stolon_` string", "all
/// metrics are now prefixed with `app_`"): whatever refers to them by their old names (clients, consumers, dashboards,
/// alerts, scripts) stops finding them when the new version runs, so every reference is changed with the rollout.
/// </summary>
/// <param name="Affix">The prefix or suffix, as the notes write it ("stolon_").</param>
/// <param name="Suffix">The notes add it at the end of the names, not at the start.</param>
/// <param name="Objects">What gets it, in the notes' words ("replication slots").</param>
/// <param name="Names">What the sentence names beside the affix (the option that declares them), worded as code, or null.</param>
/// <param name="Line">The line of the notes the sentence is on.</param>
internal sealed partial record PrefixedNames(string Affix, bool Suffix, string Objects, string? Names, int Line)
{
    /// <summary>Every renaming by prefix or suffix the notes state, one per affix.</summary>
    public static IReadOnlyList<PrefixedNames> Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        var found = new List<PrefixedNames>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Affixed().Matches(lines[i]))
            {
                var affix = match.Groups["affix"].Value;
                if (found.Any(other => other.Affix == affix) || Subject(match.Groups["subject"].Value) is not { Length: > 0 } objects)
                {
                    continue;
                }

                var named = Quoted().Matches(match.Groups["subject"].Value).Select(name => name.Groups["name"].Value).Where(name => name != affix).Distinct().Take(3).ToArray();
                found.Add(new PrefixedNames(affix, match.Groups["kind"].Value.StartsWith("suffix", StringComparison.OrdinalIgnoreCase), objects, named.Length > 0 ? Wording.Code(named) : null, i + 1));
            }
        }

        return found;
    }

    /// <summary>"the `stolon_` prefix" or "the `_v2` suffix".</summary>
    public string Worded => $"the `{Affix}` {(Suffix ? "suffix" : "prefix")}";

    /// <summary>The objects as the sentence's subject names them, without what qualifies them: "Replication slots declared in …" is "replication slots".</summary>
    private static string? Subject(string subject)
    {
        // "We have also changed the packages, which is why the CLI commands are now prefixed …": the last clause is the subject.
        var words = Qualifier().Split(Clause().Split(subject.Trim())[^1].Trim())[0].Trim().TrimStart('*', '-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var noun = string.Join(' ', words.Where(word => !Article().IsMatch(word)).TakeLast(4));
        return noun.Length < 3 || noun.Contains('`', StringComparison.Ordinal) ? null : noun.ToLowerInvariant();
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"X will now be prefixed with the `p` string", "X are now prefixed with `p`", "X now get a `p` prefix", "X now carry the `_s` suffix".</summary>
    [GeneratedRegex(@"(?<subject>[^.;:\n]{3,160}?)\s+(?:will\s+(?:now\s+)?be|are\s+(?:now\s+)?|is\s+(?:now\s+)?|have\s+been|has\s+been|get\s+|gets\s+)?(?:now\s+)?
        (?:(?<kind>prefix|suffix)ed\s+(?:with|by)\s+(?:the\s+|a\s+)?[`""'](?<affix>[^`""'\s]{1,30})[`""']
         | (?:get|gets|carry|carries|receive|receives|gain|gains)\s+(?:a|an|the)\s+[`""'](?<affix>[^`""'\s]{1,30})[`""']\s+(?<kind>prefix|suffix)\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Affixed();

    [GeneratedRegex(@"\s+(?:declared|defined|created|configured|listed|named|managed|set|that|which|from|in|under|of|with|by)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@",\s*(?:which\s+is\s+why|that\s+is\s+why|so\s+that|so|therefore|thus|hence|because)\b | \b(?:which|that)\s+is\s+why\b | \bthat's\s+why\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Clause();

    [GeneratedRegex(@"^(?:the|all|any|every|each|your|our|its|their|now|new|existing)$", Options, MatchBudget.Milliseconds)]
    private static partial Regex Article();

    [GeneratedRegex(@"`(?<name>[^`\s]{2,80})`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Quoted();
}
