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

    [GeneratedRegex(@"^\s{0,3}(?:\#{1,6}\s|={3,}\s*$|-{3,}\s*$)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Heading();
}
