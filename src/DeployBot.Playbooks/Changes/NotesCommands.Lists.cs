using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>How <see cref="NotesCommands"/> tells a list item's indented second paragraph from an indented code block.</summary>
internal sealed partial record NotesCommands
{
    /// <summary>
    /// Line <paramref name="at"/>, indented after a blank line, is prose that continues the list item above it ("  * [jwe]
    /// Added …", a blank line, "    The same option can be passed to `jwe.Decrypt` …"): Markdown reads it as the item's next
    /// paragraph unless it is indented four more than the item's text, and a sentence is never run as a command. A command
    /// block under an item that is indented less than that ("- Run:", a blank line, "    ./bin/migrate") is still read as
    /// code, as its author meant.
    /// </summary>
    private static bool ContinuesListItem(string[] lines, int at)
    {
        var line = Unquoted(lines[at]);
        var indent = line.Length - line.TrimStart().Length;
        if (!Sentence().IsMatch(line))
        {
            return false;
        }

        for (var above = at - 1; above >= 0; above--)
        {
            var text = Unquoted(lines[above]);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (ItemText().Match(text) is { Success: true } item)
            {
                return indent < item.Groups["text"].Index + 4;
            }

            if (!char.IsWhiteSpace(text[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A list item's marker and where its text starts.</summary>
    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,2}[.)])\s+(?<text>\S)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ItemText();

    /// <summary>Prose, not a command: a capitalised word followed by lower-case words ("The same option can be passed …").</summary>
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){2}", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Sentence();
}
