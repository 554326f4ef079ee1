using System.Buffers;

namespace DeployBot.Core.Requests;

/// <summary>
/// The quote characters people type. Slack and phone keyboards turn <c>"</c> into “ ” and <c>'</c> into ‘ ’, and
/// people mix them ("fix” is common), so a quote opened with any double quote closes with any double quote, and
/// likewise for single quotes.
/// </summary>
internal static class QuoteMarks
{
    private const string DoubleOpeners = "\"“”„";
    private const string DoubleClosers = "\"”“";
    private const string SingleOpeners = "'‘’‚";
    private const string SingleClosers = "'’‘";

    /// <summary>Every closing quote of either kind, and the backslash that may escape one: all <see cref="QuoteClosers"/> looks at.</summary>
    public static readonly SearchValues<char> ClosersOrEscape = SearchValues.Create("\\" + DoubleClosers + SingleClosers);

    public static bool IsOpener(char c) => IsDoubleOpener(c) || SingleOpeners.Contains(c);

    /// <summary>True for the quotes that open a value closed by any double quote; the other openers are single quotes.</summary>
    public static bool IsDoubleOpener(char c) => DoubleOpeners.Contains(c);

    /// <summary>True for every quote character, the ones a backslash escapes.</summary>
    public static bool IsQuote(char c) => IsOpener(c);

    /// <summary>True for the characters that could end a straight-double-quoted value (the formatter escapes them).</summary>
    public static bool IsDoubleCloser(char c) => DoubleClosers.Contains(c);

    /// <summary>True for the characters that close a value opened with a single quote.</summary>
    public static bool IsSingleCloser(char c) => SingleClosers.Contains(c);
}
