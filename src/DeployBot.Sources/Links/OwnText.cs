using System.Text.RegularExpressions;

namespace DeployBot.Sources.Links;

/// <summary>
/// Whether the words NOTES hold besides their links say something of their own ("- [Updated] Updated test case for
/// ruby >= 3.0 (…/pull/48)") or only ask for the link to be read ("ship … tonight", "Deploy (…) please"). Notes with
/// their own text are planned from it when the link cannot be read; a request that is only a link gets the error.
/// </summary>
internal static partial class OwnText
{
    /// <summary>Distinct words of their own, besides request words, that make notes more than a link.</summary>
    public const int MinOwnWords = 4;

    private static readonly HashSet<string> RequestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "it", "its", "to", "of", "for", "and", "or", "in", "on", "at", "by", "with",
        "is", "are", "be", "can", "could", "would", "we", "you", "i", "me", "us", "our", "my", "please", "pls", "thanks",
        "deploy", "deploying", "ship", "shipping", "release", "releasing", "roll", "rolling", "rollout", "out", "push", "go",
        "tonight", "today", "tomorrow", "now", "asap", "later", "here", "see", "link", "pr", "mr", "pull", "request", "merge",
        "prod", "production", "staging", "dev", "canary", "plan", "let's", "lets", "let", "do", "run", "need", "needs",
    };

    /// <param name="rest">The notes without their links (<see cref="FoundLink.Rest"/>).</param>
    public static bool StandsOnItsOwn(string rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        return Word().Matches(rest).Select(match => match.Value.Trim('.', '-', '\''))
            .Where(word => word.Length > 1 && !RequestWords.Contains(word))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Count() >= MinOwnWords;
    }

    // Words and versions; references such as "acme/shop#42" or "#42" are not words of their own.
    [GeneratedRegex(@"(?<![\w/#@])[\p{L}\d][\p{L}\d.'-]*(?![\w/#])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
