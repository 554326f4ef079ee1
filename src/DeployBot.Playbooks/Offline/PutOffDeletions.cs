using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The deletions the notes put off ("delete products_v2 after 48h"), worded for the summary and Next Actions: what is
/// deleted and when, so that nobody reads tonight's plan as removing it.
/// </summary>
internal static partial class PutOffDeletions
{
    /// <summary>
    /// Every deletion the notes put off, in the notes' order, except an old node pool's ("np-highmem-1 drained + deleted
    /// after 24h"): the node pool steps word that one (<see cref="NodePoolSteps.FollowUp"/>) with its own gate.
    /// </summary>
    public static IReadOnlyList<LaterDeletion> In(PlanFacts facts)
    {
        var pool = OldPoolDeletedLater(facts);
        // A rename's old name dropped "in the next release" is read from the whole notes (DestructiveParts.PutOff). A bug fix
        // ("Disable member maintenance when …" under "Fixed") describes the code's behaviour, never a deletion to schedule.
        return [.. facts.Analysis.Items.Where(item => !item.Fix).SelectMany(item => LaterDeletion.In(item.Text)).Concat(facts.PartsOfDestructive.SelectMany(parts => parts.PutOff)).DistinctBy(deletion => deletion.Clause, StringComparer.Ordinal)
            .Where(deletion => pool is null || (Split(deletion) is { } split && !split.Groups["what"].Value.Contains(pool.Old!, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The summary's words for every deletion put off: "the deletion of products_v2 is a follow-up after 48h".</summary>
    public static IEnumerable<string> Phrases(PlanFacts facts)
    {
        if (OldPoolDeletedLater(facts) is { } pool)
        {
            yield return $"the deletion of node pool {pool.Old} is a follow-up after {pool.DeletedAfter}";
        }

        foreach (var deletion in In(facts))
        {
            yield return Phrase(deletion);
        }
    }

    /// <summary>An old node pool the notes delete after a wait, or null.</summary>
    public static NodePoolChange? OldPoolDeletedLater(PlanFacts facts) =>
        facts.Is(ChangeKind.Infra) && facts.NodePools is { Old: not null, DeletedAfter: not null } pools ? pools : null;

    /// <summary>"the deletion of products_v2 is a follow-up after 48h", or the notes' own words when they cannot be split.</summary>
    public static string Phrase(LaterDeletion deletion)
    {
        if (Split(deletion) is not { } split)
        {
            return $"the deletion the notes put off (\"{deletion.Clause}\") is a follow-up";
        }

        var when = split.Groups["when"].Value.Trim();
        when = when.Equals("after", StringComparison.OrdinalIgnoreCase) ? "later" : when;
        // "The exchange orders.fanout is deleted when …" starts its sentence in the notes, not in the summary's.
        var what = Article().Replace(split.Groups["what"].Value.Trim(), match => match.Value.ToLowerInvariant());
        return $"the deletion of {what} is a follow-up {when}";
    }

    private static Match? Split(LaterDeletion deletion) =>
        VerbFirst().Match(deletion.Clause) is { Success: true } first ? first
        : ThingFirst().Match(deletion.Clause) is { Success: true } thing ? thing
        : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string When = @"(?<when>(?:only\s+)?(?:after|once|when)\b.* | later\b.* | (?:in|with)\s+(?:the\s+|a\s+)?(?:next|future|later|upcoming|following|subsequent)\b.*)$";

    [GeneratedRegex(@"^(?:The|A|An)\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?:delete|drop|remove|disable|destroy|retire)\s+(?<what>.+?)\s+" + When, Options, MatchBudget.Milliseconds)]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"^(?<what>.+?)\s+(?:(?:is|are|gets?|will\s+be|to\s+be)\s+)?(?:deleted|dropped|removed|disabled|destroyed|retired|scheduled\s+for\s+deletion)\b.*?\s*" + When, Options, MatchBudget.Milliseconds)]
    private static partial Regex ThingFirst();
}
