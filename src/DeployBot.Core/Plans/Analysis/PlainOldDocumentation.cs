using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Perl projects write their upgrade notes in POD (Request Tracker's UPGRADING, CPAN modules' Changes): <c>C&lt;$Setting&gt;</c>
/// is code, <c>B&lt;…&gt;</c> bold, <c>I&lt;…&gt;</c> italic, <c>F&lt;…&gt;</c> a file name, and <c>=head2</c> a heading. Read as
/// plain text, "drop existing C&lt;tsvector&gt; and C&lt;GiST&gt; indexes" named "existing C" as the thing to drop, and
/// "C&lt;$DatabaseRequireSSL&gt; has been removed" gave no setting at all. Turned into the Markdown that
/// <see cref="NoteItems"/> reads; notes without POD codes come back unchanged, and fenced code blocks are never touched.
/// </summary>
internal static partial class PlainOldDocumentation
{
    public static string ToMarkdown(string notes)
    {
        if (!Code().IsMatch(notes) && !Heading().IsMatch(notes))
        {
            return notes;
        }

        var lines = notes.Split('\n');
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }

            if (!fenced)
            {
                lines[i] = Code().Replace(Heading().Replace(lines[i], match => $"{new string('#', Math.Min(int.Parse(match.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, 6))} {match.Groups["title"].Value}"), Markdown);
            }
        }

        return string.Join('\n', lines);
    }

    private static string Markdown(Match match)
    {
        var text = match.Groups["text"].Value.Trim();
        return match.Groups["code"].Value switch
        {
            "B" => $"**{text}**",
            "I" => $"*{text}*",
            _ => $"`{text}`",
        };
    }

    /// <summary>"C&lt;$DatabaseRequireSSL&gt;", "F&lt;RT_SiteConfig.pm&gt;", "C&lt;&lt; $x->y &gt;&gt;"; never "List&lt;T&gt;" or "a&lt;b&gt;c" (no POD letter at a word's start).</summary>
    [GeneratedRegex(@"(?<![\w<])(?<code>[CBIF])(?:<<\s+(?<text>[^\n]{1,80}?)\s+>>|<(?<text>[^<>\s][^<>\n]{0,79})>)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Code();

    [GeneratedRegex(@"^=head(?<level>[1-4])\s+(?<title>.+)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Heading();
}
