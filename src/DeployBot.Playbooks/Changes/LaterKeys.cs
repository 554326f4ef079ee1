using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The keys the notes say to change once the new version runs ("We recommend that you change your SECRET_KEY after
/// upgrading"): they are changed after the rollout is verified, not applied before it like the other settings (a new
/// secret key before the new session store is live signs everyone out twice, and the notes' order is the tested one).
/// Only the sentence that names the key counts, and only when it asks for a change: "LEGACY_URL is ignored after
/// upgrading; set API_URL" keeps API_URL before the rollout.
/// </summary>
internal static partial class LaterKeys
{
    public static IReadOnlyList<string> Of(IEnumerable<string> keys, ReleaseAnalysis analysis) =>
        [.. keys.Where(key => analysis.Items.Where(item => item.Text.Contains(key, StringComparison.Ordinal)).ToArray() is { Length: > 0 } naming
            && naming.All(item => Sentence(item.Text, key) is { } sentence && ChangeVerb().IsMatch(sentence)
                && OperatorActions.SaysAfter(sentence) && !OperatorActions.SaysBefore(sentence) && (!Required().IsMatch(sentence) || Again().IsMatch(sentence))))];

    /// <summary>The sentence of <paramref name="text"/> that names <paramref name="key"/>.</summary>
    private static string? Sentence(string text, string key)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = SentenceEnd().Matches(text[..at]).LastOrDefault() is { } end ? end.Index + end.Length : 0;
        var next = SentenceEnd().Match(text, at);
        // "`CACHE_TTL` was reset to its default; if you changed it, you must set it again after upgrading": the clause after
        // the semicolon speaks of the key through "it", so it belongs to the key's sentence.
        while (next.Success && next.Value.StartsWith(';') && SentenceEnd().Match(text, next.Index + next.Length) is var after
            && ReleaseAnalyzer.RefersBack(text[(next.Index + next.Length)..(after.Success ? after.Index : text.Length)]))
        {
            next = after;
        }

        return text[start..(next.Success ? next.Index : text.Length)];
    }

    /// <summary>"you must set it again after upgrading": setting something again is done after what reset it, whatever "must" says.</summary>
    [GeneratedRegex(@"\b(?:set|change|configure|update|re-?apply|restore)\s+(?:it|them|this|that|the\s+\w+|`?[\w.-]+`?)\s+again\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Again();

    /// <summary>"you must set SECRET_KEY_BASE, otherwise the app will fail to start after upgrading": "after" is when it fails, and the key is needed first.</summary>
    [GeneratedRegex(@"\b(?:must|required|requires|otherwise|or\s+else|fail\w*|refuses?\s+to\s+start|won'?t\s+start|will\s+not\s+start)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Required();

    [GeneratedRegex(@"[.!?;](?:\s+|$)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:change|rotate|regenerate|reset|renew|replace|update|set|generate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ChangeVerb();
}
