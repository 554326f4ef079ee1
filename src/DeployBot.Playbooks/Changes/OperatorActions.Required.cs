using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Required changes and change titles: what <see cref="OperatorActions"/> reads as an ask that comes before the rollout,
/// and what only looks like an ask.
/// </summary>
internal sealed partial record OperatorActions
{
    /// <summary>
    /// The text states a change the new version cannot run without: "your passwords will break unless you specify
    /// `Sha512`", "you must now explicitly specify your `crypto_provider`", "if you use `x`, you MUST migrate to `y`". It is
    /// made in the build or the config before the rollout, never once the new version runs.
    /// </summary>
    public static bool Requires(string text) => Required().IsMatch(text) || EditsPolicies(text);

    /// <summary>
    /// The notes ask to rewrite what the operator's policies or rules say, for the new version to read them as before: "To
    /// update your policies for v0.14, please remove any identity provider prefix", "Update those policies to use the team
    /// slug instead". An edit of the operator's own config, done before the rollout; after it, the old entries deny access.
    /// </summary>
    public static bool EditsPolicies(string text) => PolicyEdit().IsMatch(text);

    [GeneratedRegex(@"\b(?:update|change|edit|adjust|rewrite|migrate|convert)\s+(?:your|those|these|any|existing|all|the)\s+(?:existing\s+)?(?:[\w-]+\s+)?(?:polic(?:y|ies)|rules|routes|acls?|role\s+bindings|permissions)\s+(?:to|for)\b
        | \bplease\s+(?:remove|strip|drop)\s+(?:any|all|the)\s+(?:[\w-]+\s+){0,3}(?:prefix|prefixes|suffix|suffixes)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex PolicyEdit();

    /// <summary>
    /// A change's title in a list of changes ("Ensure project files are inside project root path (#5724) @knolleary"): it
    /// names a pull request or its author and speaks to no one, so it says what the release does, not what the operator must.
    /// </summary>
    private static bool ChangeTitle(string text) => Reference().IsMatch(text) && !Addressed().IsMatch(text);

    [GeneratedRegex(@"\b(?:will|would)\s+(?:break|fail|stop\s+working)\b[^.;]{0,60}?\bunless\s+you\s+(?:explicitly\s+)?(?:specify|set|configure|add|define|declare|pass|migrate|choose)\b
        | \byou\s+(?:must|need\s+to|have\s+to)\s+now\s+(?:explicitly\s+)?(?:specify|set|configure|define|declare|choose|add)\b
        | \byou\s+(?:must|need\s+to|have\s+to)\s+(?:now\s+)?explicitly\s+\w+
        | \b(?:must|need\s+to|have\s+to)\s+migrate\s+to\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Required();

    /// <summary>"(#5724)", "[#12]", "by @someone", "@someone" at the end, a pull-request link.</summary>
    [GeneratedRegex(@"\(#\d+\) | \[#\d+\] | \bby\s+@[\w-]+ | (?<!\S)@[\w-]+\s*$ | /pull/\d+", Options, MatchBudget.Milliseconds)]
    private static partial Regex Reference();

    /// <summary>The item speaks to the operator: "you", "your", "please", "operators must".</summary>
    [GeneratedRegex(@"\byour?\b | \bplease\b | \b(?:operators?|admins?|administrators?|users?)\s+(?:must|should|need|have\s+to|will\s+need)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Addressed();
}
