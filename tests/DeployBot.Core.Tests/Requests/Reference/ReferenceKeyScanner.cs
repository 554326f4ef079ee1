using DeployBot.Core.Requests;

// A frozen copy of the parser before the linear-time rewrite (commit f0913a2): the slow, simple oracle that
// ArgumentParserReferenceTests compares the real parser with. Keep it as it is; do not optimise it.
namespace DeployBot.Core.Tests.Requests.Reference;

/// <summary>Recognises where a <c>KEY=</c> starts in slash-command text.</summary>
internal static class ReferenceKeyScanner
{
    /// <summary>
    /// A key is a word of letters, digits, <c>_</c> or <c>-</c> starting with a letter, followed directly by <c>=</c>;
    /// the four known keys may also have spaces around the <c>=</c> (<c>ENVIRONMENT = prod</c>).
    /// </summary>
    public static bool TryReadKey(string text, int start, out string key, out int afterEquals)
    {
        key = string.Empty;
        afterEquals = start;
        var end = WordEnd(text, start);
        if (end == start)
        {
            return false;
        }

        var word = text[start..end];
        var equals = end;
        if (RequestSyntax.TryParseKey(word, out _))
        {
            while (equals < text.Length && char.IsWhiteSpace(text[equals]))
            {
                equals++;
            }
        }

        if (equals >= text.Length || text[equals] != '=')
        {
            return false;
        }

        key = word;
        afterEquals = equals + 1;
        return true;
    }

    /// <summary>True when one of the four known keys, then <c>=</c>, starts at <paramref name="start"/>.</summary>
    public static bool IsKnownKeyAt(string text, int start) =>
        TryReadKey(text, start, out var key, out _) && RequestSyntax.TryParseKey(key, out _);

    /// <summary>The position of the next whitespace-preceded known key at or after <paramref name="start"/>, or the end.</summary>
    public static int NextKeyOrEnd(string text, int start)
    {
        for (var i = Math.Max(start, 1); i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]) && IsKnownKeyAt(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int WordEnd(string text, int start)
    {
        if (start >= text.Length || !char.IsAsciiLetter(text[start]))
        {
            return start;
        }

        var end = start + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }

        return end;
    }
}
