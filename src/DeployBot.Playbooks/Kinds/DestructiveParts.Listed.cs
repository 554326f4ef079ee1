using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Kinds;

/// <summary>A removal that introduces a list ("drop histogram buckets for the following metrics:"): what goes is the list.</summary>
internal sealed partial record DestructiveParts
{
    /// <summary>
    /// The names in code font on the list right after <paramref name="item"/>, when the item ends by announcing one ("for the
    /// following metrics:", "these options:", "as follows:"); empty otherwise. The words before the colon say what kind
    /// the names are, not what is removed ("excessive histogram buckets for the following metrics" is no name to look for).
    /// </summary>
    private static IReadOnlyList<string> ListedAfter(ReleaseItem item, string notes)
    {
        if (!Announces().IsMatch(item.Text.TrimEnd()) || OperatorActions.LineOf(notes, item.Text) is not { } line)
        {
            return [];
        }

        var lines = NotesLines.Of(notes);
        var names = new List<string>();
        for (var i = line; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 && names.Count == 0)
            {
                continue;
            }

            if (!ListLine().IsMatch(text))
            {
                break;
            }

            names.AddRange(FirstQuoted().Matches(text).Take(1).Select(match => match.Groups["name"].Value));
        }

        return names;
    }

    /// <summary>The item ends by announcing the list below it.</summary>
    [GeneratedRegex(@"\b(?:the\s+following|these|below|as\s+follows)\b[^.\n]{0,40}:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Announces();

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ListLine();

    [GeneratedRegex(@"`(?<name>[^`\n]+)`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FirstQuoted();
}
