using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
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
            foreach (var (sentence, prunes) in WidenedDeletion.Sentences(block))
            {
                var types = ResourceType().Matches(block).Select(match => match.Groups["type"].Value).Distinct(StringComparer.Ordinal).ToArray();
                if (!found.Any(behaviour => behaviour.Sentence == sentence))
                {
                    found.Add(new DestructiveBehaviour(sentence, types, prunes));
                }
            }
        }

        return found;
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
            var starts = NotesLines.IsHeading(line) || ListMarker.Starts(line) || (line.Length > 0 && !char.IsWhiteSpace(line[0]) && block.Count > 0 && block[^1].Length == 0);
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

    /// <summary>A resource type in code, as Terraform names them (`postgresql_database`, `resource/aws_s3_bucket`).</summary>
    [GeneratedRegex(@"`(?:resource/|data-?source/)?(?<type>[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ResourceType();
}
