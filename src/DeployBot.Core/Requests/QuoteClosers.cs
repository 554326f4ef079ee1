namespace DeployBot.Core.Requests;

/// <summary>
/// Every unescaped closing-quote candidate of one text, found in a single pass, so each opening quote picks its closer
/// by binary search instead of rescanning the rest of the text (which made junk full of quotes cost O(n²)).
/// </summary>
/// <remarks>
/// One pass from the start sees the same escapes as a scan starting right after any opening quote: an opener is never
/// a backslash, so the character after it is never the escaped half of a <c>\\</c> or <c>\"</c> pair either way.
/// </remarks>
internal sealed class QuoteClosers
{
    private readonly Family _double = new();
    private readonly Family _single = new();

    public static QuoteClosers Find(string text)
    {
        var closers = new QuoteClosers();
        // From one closer or backslash to the next (a vectorised search): every other character is neither, and a
        // slash command's NOTES are mostly such characters.
        for (var i = NextCandidate(text, 0); i >= 0; i = NextCandidate(text, i + 1))
        {
            if (IsEscape(text, i))
            {
                i++;
            }
            else if (QuoteMarks.IsDoubleCloser(text[i]))
            {
                closers._double.Add(text, i);
            }
            else if (QuoteMarks.IsSingleCloser(text[i]))
            {
                closers._single.Add(text, i);
            }
        }

        return closers;
    }

    /// <summary>
    /// The closer of the quote opened at <paramref name="openerIndex"/>, or -1 when it is never closed. In order of
    /// preference: the first one followed by the end or by a known <c>KEY=</c>; else the first one followed by
    /// whitespace; else the last one.
    /// </summary>
    public int Choose(string text, int openerIndex) =>
        (QuoteMarks.IsDoubleOpener(text[openerIndex]) ? _double : _single).Choose(openerIndex);

    private static int NextCandidate(string text, int from)
    {
        var found = from < text.Length ? text.AsSpan(from).IndexOfAny(QuoteMarks.ClosersOrEscape) : -1;
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Drops the backslash of <c>\"</c>, <c>\“</c>, <c>\'</c>, <c>\\</c>; other backslashes (Windows paths) stay.</summary>
    public static bool IsEscape(string text, int i) =>
        text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == '\\' || QuoteMarks.IsQuote(text[i + 1]));

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

        return next >= text.Length || KeyScanner.IsKnownKeyAt(text, next);
    }

    /// <summary>The closers of double or of single quotes, each list ascending.</summary>
    private sealed class Family
    {
        private readonly List<int> _all = [];
        private readonly List<int> _endingValue = [];
        private readonly List<int> _followedBySpace = [];

        public void Add(string text, int closer)
        {
            _all.Add(closer);
            if (EndsValue(text, closer))
            {
                _endingValue.Add(closer);
            }

            if (closer + 1 < text.Length && char.IsWhiteSpace(text[closer + 1]))
            {
                _followedBySpace.Add(closer);
            }
        }

        public int Choose(int openerIndex)
        {
            if (_all.Count == 0 || _all[^1] <= openerIndex)
            {
                return -1;
            }

            var close = FirstAfter(_endingValue, openerIndex);
            if (close < 0)
            {
                close = FirstAfter(_followedBySpace, openerIndex);
            }

            return close >= 0 ? close : _all[^1];
        }

        private static int FirstAfter(List<int> ascending, int index)
        {
            var found = ascending.BinarySearch(index + 1);
            var first = found >= 0 ? found : ~found;
            return first < ascending.Count ? ascending[first] : -1;
        }
    }
}
