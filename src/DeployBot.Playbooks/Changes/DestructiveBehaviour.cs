using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The new version deletes where the previous one refused or left things alone: "Now databases will be dropped in any
/// case", "no longer fails to delete a volume that is still in use", "now considers all namespaced resources, including
/// custom resources, eligible for pruning". Nothing is removed from the software and no one runs a drop: the deletion
/// happens the next time the tool does its ordinary work (a destroy in a Terraform plan, a deploy that prunes), so the
/// plan finds what would be deleted and protects it before the upgrade, and says the deletion cannot be undone.
/// </summary>
/// <param name="Sentence">The sentence of the notes that says so, as they write it.</param>
/// <param name="Types">Resource types the item names in code (`postgresql_database`), for a Terraform plan to search; may be empty.</param>
/// <param name="Prunes">The deletion is a deploy tool's pruning (or garbage collection), which its dry run or diff lists.</param>
internal sealed partial record DestructiveBehaviour(string Sentence, IReadOnlyList<string> Types, bool Prunes)
{
    public static IReadOnlyList<DestructiveBehaviour> Read(string notes)
    {
        var found = new List<DestructiveBehaviour>();
        foreach (var block in Blocks(notes))
        {
            foreach (var sentence in SentenceEnd().Split(block).Select(sentence => BulletStart().Replace(sentence.Trim(), string.Empty)))
            {
                if (Fix().IsMatch(sentence) || !Says(sentence, out var prunes))
                {
                    continue;
                }

                var types = ResourceType().Matches(block).Select(match => match.Groups["type"].Value).Distinct(StringComparer.Ordinal).ToArray();
                if (!found.Any(behaviour => behaviour.Sentence == sentence))
                {
                    found.Add(new DestructiveBehaviour(sentence, types, prunes));
                }
            }
        }

        return found;
    }

    /// <summary>The sentence widens what the software deletes; <paramref name="prunes"/> when that is pruning.</summary>
    private static bool Says(string sentence, out bool prunes)
    {
        prunes = false;
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

    /// <summary>
    /// A list item with what continues it (indented lines, even after a blank one), or a paragraph, on one line: a sentence
    /// broken over two lines ("eligible for pruning, including\ncustom resources") is read whole, with the code names of its item.
    /// </summary>
    internal static IEnumerable<string> Blocks(string notes)
    {
        var block = new List<string>();
        foreach (var line in NotesLines.Of(notes))
        {
            var starts = NotesLines.IsHeading(line) || BulletStart().IsMatch(line) || (line.Length > 0 && !char.IsWhiteSpace(line[0]) && block.Count > 0 && block[^1].Length == 0);
            if (starts && block.Count > 0)
            {
                yield return string.Join(' ', block.Select(part => part.Trim()));
                block.Clear();
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            yield return string.Join(' ', block.Select(part => part.Trim()));
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

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

    /// <summary>A resource type in code, as Terraform names them (`postgresql_database`, `resource/aws_s3_bucket`).</summary>
    [GeneratedRegex(@"`(?:resource/|data-?source/)?(?<type>[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ResourceType();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z`*:])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+•]|\d+[.)])\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BulletStart();
}
