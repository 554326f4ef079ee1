using System.Text.RegularExpressions;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The deletions the notes put off ("delete products_v2 after 48h"), worded for the summary and Next Actions: what is
/// deleted and when, so that nobody reads tonight's plan as removing it.
/// </summary>
internal static partial class PutOffDeletions
{
    /// <summary>Every deletion the notes put off, in the notes' order.</summary>
    public static IReadOnlyList<LaterDeletion> In(PlanFacts facts) =>
        [.. facts.Analysis.Items.SelectMany(item => LaterDeletion.In(item.Text)).DistinctBy(deletion => deletion.Clause, StringComparer.Ordinal)];

    /// <summary>"the deletion of products_v2 is a follow-up after 48h", or the notes' own words when they cannot be split.</summary>
    public static string Phrase(LaterDeletion deletion)
    {
        var split = VerbFirst().Match(deletion.Clause) is { Success: true } first ? first : ThingFirst().Match(deletion.Clause);
        if (!split.Success)
        {
            return $"the deletion the notes put off (\"{deletion.Clause}\") is a follow-up";
        }

        var when = split.Groups["when"].Value.Trim();
        when = when.Equals("after", StringComparison.OrdinalIgnoreCase) ? "later" : when;
        return $"the deletion of {split.Groups["what"].Value.Trim()} is a follow-up {when}";
    }

    /// <summary>What must hold before the deletion ("the alias points at the new index and nothing queries the old one"), from its rollback line.</summary>
    public static string Gate(LaterDeletion deletion)
    {
        var line = deletion.Line;
        var start = line.IndexOf("Gate: ", StringComparison.Ordinal);
        if (start < 0)
        {
            return "nothing still uses what it deletes";
        }

        var gate = line[(start + "Gate: ".Length)..];
        var end = gate.IndexOfAny([';', '.']);
        return end < 0 ? gate : gate[..end];
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string When = @"(?<when>(?:only\s+)?(?:after|once|when)\b.* | later\b.*)$";

    [GeneratedRegex(@"^(?:delete|drop|remove|disable|destroy|retire)\s+(?<what>.+?)\s+" + When, Options, 1000)]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"^(?<what>.+?)\s+(?:(?:is|are|gets?|will\s+be|to\s+be)\s+)?(?:deleted|dropped|removed|disabled|destroyed|retired|scheduled\s+for\s+deletion)\b.*?\s*" + When, Options, 1000)]
    private static partial Regex ThingFirst();
}
