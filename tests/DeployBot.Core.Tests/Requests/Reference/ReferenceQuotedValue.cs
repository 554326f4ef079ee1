using System.Text;

using DeployBot.Core.Requests;

// A frozen copy of the parser before the linear-time rewrite (commit f0913a2): the slow, simple oracle that
// ArgumentParserReferenceTests compares the real parser with. Keep it as it is; do not optimise it.
namespace DeployBot.Core.Tests.Requests.Reference;

/// <summary>A quoted value read from slash-command text: its unescaped text and the position after the closing quote.</summary>
internal readonly record struct ReferenceQuotedValue(string Text, int End)
{
    /// <summary>
    /// Reads the quote opened at <paramref name="openerIndex"/>. People nest quotes without escaping them
    /// (<c>NOTES="rename "legacy" table" ENVIRONMENT=prod</c>), so the closing quote is, in order of preference:
    /// one followed by the end or by a known <c>KEY=</c>; else one followed by whitespace; else the last one.
    /// <c>\</c> before a quote or a backslash escapes it. Null when the quote is never closed.
    /// </summary>
    public static ReferenceQuotedValue? TryRead(string text, int openerIndex)
    {
        var opener = text[openerIndex];
        var closers = UnescapedClosers(text, openerIndex + 1, opener);
        if (closers.Count == 0)
        {
            return null;
        }

        var close = closers.FirstOrDefault(i => EndsValue(text, i), -1);
        if (close < 0)
        {
            close = closers.FirstOrDefault(i => i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]), closers[^1]);
        }

        return new ReferenceQuotedValue(Unescape(text, openerIndex + 1, close), close + 1);
    }

    /// <summary>Drops the backslash of <c>\"</c>, <c>\“</c>, <c>\'</c>, <c>\\</c>; other backslashes (Windows paths) stay.</summary>
    private static string Unescape(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (IsEscape(text, i))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static List<int> UnescapedClosers(string text, int start, char opener)
    {
        var closers = new List<int>();
        for (var i = start; i < text.Length; i++)
        {
            if (IsEscape(text, i))
            {
                i++;
            }
            else if (ReferenceQuoteMarks.Closes(opener, text[i]))
            {
                closers.Add(i);
            }
        }

        return closers;
    }

    private static bool IsEscape(string text, int i) =>
        text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == '\\' || ReferenceQuoteMarks.IsQuote(text[i + 1]));

    private static bool EndsValue(string text, int closer)
    {
        var next = closer + 1;
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next >= text.Length || ReferenceKeyScanner.IsKnownKeyAt(text, next);
    }
}
