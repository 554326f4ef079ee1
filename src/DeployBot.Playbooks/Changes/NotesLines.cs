using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>The notes as lines, as the readers that point at "line N of the notes" count them, and which of them are headings.</summary>
internal static partial class NotesLines
{
    /// <summary>The lines of <paramref name="notes"/>, without carriage returns; index 0 is line 1.</summary>
    public static string[] Of(string notes) => notes.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    /// <summary>A Markdown heading ("## Breaking Changes"), or the "===" or "---" line that underlines one.</summary>
    public static bool IsHeading(string line) => Heading().IsMatch(line);

    /// <summary>
    /// The sentences of <paramref name="notes"/>, line by line, without a list marker or a closing full stop ("users.name"
    /// and "3.0.0" do not end one: only a stop followed by a space or the line's end does).
    /// </summary>
    public static IEnumerable<string> Sentences(string notes) =>
        Of(notes).SelectMany(line => SentenceEnd().Split(line)).Select(sentence => Bullet().Replace(sentence, string.Empty).Trim().TrimEnd('.')).Where(sentence => sentence.Length > 0);

    [GeneratedRegex(@"^\s{0,3}(?:\#{1,6}\s|={3,}\s*$|-{3,}\s*$)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<=[.!?;])\s+|[.!?;]$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(?:[-*+•>]|\d+[.)])\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Bullet();
}
