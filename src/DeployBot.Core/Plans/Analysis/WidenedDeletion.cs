using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// A sentence that says the new version deletes where the previous one refused or left things alone: "Now databases will
/// be dropped in any case", "no longer fails to delete a volume that is still in use", "now considers all namespaced
/// resources, including custom resources, eligible for pruning". Nothing is removed from the software, so no removed name
/// comes from it (<see cref="RemovedShape"/>) and no contract step is owed; the offline planner finds and protects what
/// would be deleted before the upgrade. Not a fixed bug ("Fixed databases being dropped even if in use") or a ruled-out
/// deletion ("will no longer be dropped").
/// </summary>
public static partial class WidenedDeletion
{
    /// <summary>
    /// The item is planned by the widened deletion, not as a removal: it says so itself, or it removes nothing by name
    /// (<see cref="RemovedShape.RemovesNothing"/>: "Drop connections before drop database") beside an item that says so
    /// ("Now databases will be dropped in any case"). The planner and the validator ask this one question.
    /// </summary>
    public static bool Covers(ReleaseItem item, IEnumerable<ReleaseItem> items)
    {
        ArgumentNullException.ThrowIfNull(item);
        return In(item.Text) || (RemovedShape.RemovesNothing(item.Text) && items.Any(other => In(other.Text)));
    }

    /// <summary>Some sentence of <paramref name="item"/> says so.</summary>
    public static bool In(string item) => Sentences(item).Any();

    /// <summary>The sentences of <paramref name="text"/> that say so, trimmed and without a list marker, each with whether it is pruning.</summary>
    public static IEnumerable<(string Sentence, bool Prunes)> Sentences(string text)
    {
        foreach (var sentence in Core.Text.Sentences.Of(text).Select(ListMarker.Strip))
        {
            if (Says(sentence, out var prunes))
            {
                yield return (sentence, prunes);
            }
        }
    }

    /// <summary>The sentence widens what the software deletes; <paramref name="prunes"/> when that is pruning.</summary>
    private static bool Says(string sentence, out bool prunes)
    {
        prunes = false;
        if (Fix().IsMatch(sentence))
        {
            return false;
        }

        if (NoLongerFails().IsMatch(sentence))
        {
            return true;
        }

        if (Negated().IsMatch(sentence))
        {
            return false;
        }

        if (Eligible().IsMatch(sentence) || NowPrunes().IsMatch(sentence))
        {
            // "now treats every labelled object, CRDs included, as eligible for deletion": a deploy tool's pruning in other words.
            prunes = PruneWord().IsMatch(sentence) || ClusterObjects().IsMatch(sentence);
            return true;
        }

        if (Forced().IsMatch(sentence))
        {
            prunes = PruneWord().IsMatch(sentence);
            return true;
        }

        return false;
    }

    private const string Deleted = @"(?:dropped|deleted|removed|destroyed|pruned|purged|wiped|garbage[\s-]collected|cleaned\s+up)";
    private const string Deletes = @"(?:drops|deletes|removes|destroys|prunes|purges|wipes|garbage[\s-]collects|cleans\s+up)";
    private const string Delete = @"(?:drop|delete|remove|destroy|prune|purge|wipe|garbage[\s-]collect|clean\s+up)";
    private const string Deleting = @"(?:dropping|deleting|removing|destroying|pruning|purging|wiping|garbage[\s-]collecting|cleaning\s+up)";

    /// <summary>
    /// "Now databases will be dropped in any case", "volumes are now deleted even if they are attached", "now drops the
    /// schema regardless of open connections": the deletion is now made where something used to stop it.
    /// </summary>
    [GeneratedRegex($@"(?:\bwill\s+(?:now\s+)?(?:always\s+)?be\s+(?:now\s+)?|\b(?:is|are|gets?)\s+(?:now\s+)?(?:always\s+)?){Deleted}\b[^.;]{{0,80}}?(?<force>\bin\s+(?:any|all)\s+cases?\b|\bregardless\b|\bunconditionally\b|\beven\s+(?:if|when|though|while)\b|\bwhether\s+or\s+not\b|\bno\s+matter\b)
        | \bnow\s+(?:always\s+|also\s+)?{Deletes}\b[^.;]{{0,80}}?(?:\bin\s+(?:any|all)\s+cases?\b|\bregardless\b|\bunconditionally\b|\beven\s+(?:if|when|though|while)\b|\bwhether\s+or\s+not\b|\bno\s+matter\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Forced();

    /// <summary>"no longer fails to delete", "no longer refuses to drop", "no longer errors when removing", "does not fail anymore to delete".</summary>
    [GeneratedRegex($@"\bno\s+longer\s+(?:fails?|refuses?|errors?(?:\s+out)?|aborts?|skips?|declines?)\s+(?:to\s+|when\s+|on\s+|while\s+)?(?:{Delete}|{Deleting})\b
        | \b(?:does|do)\s+not\s+(?:fail|refuse)\s+(?:any\s+more|anymore)\s+to\s+{Delete}\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoLongerFails();

    /// <summary>"now considers all namespaced resources, including custom resources, eligible for pruning", "now treats … as eligible for deletion".</summary>
    [GeneratedRegex(@"\bnow\s+(?:\w+\s+){0,2}?(?:considers?|treats?|marks?|deems?)\b[^.;]{0,160}?\beligible\s+for\s+(?:pruning|deletion|removal|garbage[\s-]collection|clean-?up|purging)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Eligible();

    /// <summary>"now also prunes custom resources", "custom resources are now pruned": more is pruned than before (not "now prunes only …").</summary>
    [GeneratedRegex(@"\bnow\s+(?:also\s+)?(?:prunes|garbage[\s-]collects)\b(?!\s+only\b) | \b(?:are|is|will\s+be)\s+now\s+(?:also\s+)?(?:pruned|garbage[\s-]collected)\b(?!\s+only\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex NowPrunes();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bprun\w* | \bgarbage[\s-]collect\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex PruneWord();

    /// <summary>What a deploy tool manages in a cluster: resources, objects, custom resources or CRDs, manifests, namespaces.</summary>
    [GeneratedRegex(@"\b(?:namespaced\s+|custom\s+|kubernetes\s+|cluster\s+)?(?:resources|objects)\b | \bCRDs?\b | \bmanifests?\b | \bnamespaces?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ClusterObjects();

    /// <summary>"will no longer be dropped", "are not deleted even if", "never removes": the deletion is ruled out.</summary>
    [GeneratedRegex($@"\b(?:not|never|no\s+longer|won't|isn't|aren't|doesn't|don't)\s+(?:\w+\s+){{0,2}}?(?:{Deleted}|{Deletes}|{Delete}|{Deleting}|considers?|treats?|eligible)\b | \bno\s+longer\s+eligible\b | \bexcept\s+for\s+all\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Negated();

    /// <summary>A fixed bug or a prevented deletion: "Fixed databases being dropped even if in use", "Prevent … from being pruned".</summary>
    [GeneratedRegex(@"^\W*(?:fix(?:ed|es)?|bug\s*fix(?:es)?|resolved?|prevent(?:ed|s)?|avoid(?:ed|s)?|previously|in\s+previous\s+versions?)\b | \bbug\s+(?:where|that|which|causing|in\s+which)\b | \bprevent\w*\b[^.;]{0,60}\bfrom\s+being\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Fix();


}
