using System.Text;

namespace DeployBot.Core.Requests;

/// <summary>A quoted value read from slash-command text: its unescaped text and the position after the closing quote.</summary>
internal readonly record struct QuotedValue(string Text, int End)
{
    /// <summary>
    /// Reads the quote opened at <paramref name="openerIndex"/>. People nest quotes without escaping them
    /// (<c>NOTES="rename "legacy" table" ENVIRONMENT=prod</c>), so the closing quote is, in order of preference:
    /// one followed by the end or by a known <c>KEY=</c>; else one followed by whitespace; else the last one
    /// (<see cref="QuoteClosers.Choose"/>). <c>\</c> before a quote or a backslash escapes it. Null when the quote is never closed.
    /// </summary>
    public static QuotedValue? TryRead(string text, QuoteClosers closers, int openerIndex)
    {
        var close = closers.Choose(text, openerIndex);
        return close < 0 ? null : new QuotedValue(Unescape(text, openerIndex + 1, close), close + 1);
    }

    /// <summary>Drops the backslash of <c>\"</c>, <c>\“</c>, <c>\'</c>, <c>\\</c>; other backslashes (Windows paths) stay.</summary>
    private static string Unescape(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (QuoteClosers.IsEscape(text, i))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
