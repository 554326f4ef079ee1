using DeployBot.Core.Requests;

// A frozen copy of the parser before the linear-time rewrite (commit f0913a2): the slow, simple oracle that
// ArgumentParserReferenceTests compares the real parser with. Keep it as it is; do not optimise it.
namespace DeployBot.Core.Tests.Requests.Reference;

/// <summary>
/// The quote characters people type. Slack and phone keyboards turn <c>"</c> into “ ” and <c>'</c> into ‘ ’, and
/// people mix them ("fix” is common), so a quote opened with any double quote closes with any double quote, and
/// likewise for single quotes.
/// </summary>
internal static class ReferenceQuoteMarks
{
    private const string DoubleOpeners = "\"“”„";
    private const string DoubleClosers = "\"”“";
    private const string SingleOpeners = "'‘’‚";
    private const string SingleClosers = "'’‘";

    public static bool IsOpener(char c) => DoubleOpeners.Contains(c) || SingleOpeners.Contains(c);

    public static bool Closes(char opener, char candidate) =>
        DoubleOpeners.Contains(opener) ? DoubleClosers.Contains(candidate) : SingleClosers.Contains(candidate);

    /// <summary>True for every quote character, the ones a backslash escapes.</summary>
    public static bool IsQuote(char c) => IsOpener(c);

    /// <summary>True for the characters that could end a straight-double-quoted value (the formatter escapes them).</summary>
    public static bool IsDoubleCloser(char c) => DoubleClosers.Contains(c);
}
