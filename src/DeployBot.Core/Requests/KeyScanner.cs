namespace DeployBot.Core.Requests;

/// <summary>Recognises where a <c>KEY=</c> starts in slash-command text.</summary>
internal static class KeyScanner
{
    /// <summary>
    /// A key is a word of letters, digits, <c>_</c> or <c>-</c> starting with a letter, followed directly by <c>=</c>;
    /// the four known keys may also have spaces around the <c>=</c> (<c>ENVIRONMENT = prod</c>).
    /// </summary>
    public static bool TryReadKey(string text, int start, out string key, out int afterEquals)
    {
        key = string.Empty;
        if (!TryFindKey(text, start, out var end, out _, out afterEquals))
        {
            return false;
        }

        key = text[start..end];
        return true;
    }

    /// <summary>True when one of the four known keys, then <c>=</c>, starts at <paramref name="start"/>.</summary>
    public static bool IsKnownKeyAt(string text, int start) => TryFindKey(text, start, out _, out var known, out _) && known;

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

    /// <summary>Finds a key without copying it: the word's end, whether it is a known key, and the position after <c>=</c>.</summary>
    private static bool TryFindKey(string text, int start, out int wordEnd, out bool known, out int afterEquals)
    {
        afterEquals = start;
        known = false;
        wordEnd = WordEnd(text, start);
        if (wordEnd == start)
        {
            return false;
        }

        var equals = wordEnd;
        known = RequestSyntax.TryParseKey(text.AsSpan(start, wordEnd - start), out _);
        if (known)
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

        afterEquals = equals + 1;
        return true;
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
