using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// "Paging Counter Journal Records were removed", "Some variables in the `ntp` role have been removed": the word right
/// before "removed" ends a longer phrase; it is the last word of a description or the kind of a name before it, never
/// a thing of its own. A step that says "Confirm that nothing still uses \"Records\"" sends the operator to search access
/// logs for a word of prose, and "\"role\"" would have the role taken out while only its variables go.
/// </summary>
internal static partial class RemovedNames
{
    /// <summary>The plain words that <see cref="Gone"/> reads before a removal word where another word or a name in code font stands right before them.</summary>
    private static HashSet<string> PhraseTails(string item) =>
        Gone().Matches(item)
            .Select(match => (Match: match, Name: match.Groups["name"].Captures[0]))
            .Where(found => PlainName().IsMatch(found.Name.Value) && found.Match.Value.StartsWith(found.Name.Value, StringComparison.Ordinal)
                && PhraseHead().IsMatch(item[Math.Max(0, found.Match.Index - 60)..found.Match.Index]))
            .Select(found => found.Name.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A word with nothing of a name's shape: letters only, no capital after the first letter ("Records", "role", not "WebSocket").</summary>
    [GeneratedRegex(@"^[A-Za-z][a-z]+$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex PlainName();

    /// <summary>
    /// A name in code font or a word right before, not an article, a quantifier, a qualifier of age or a word of grammar
    /// ("the sessions table dropped", "old var removed", "and sessions removed" still read the word as the thing).
    /// </summary>
    [GeneratedRegex(@"(?:`[^`\n]+`|(?<![\w.-])(?!(?:the|a|an|our|your|its|their|this|that|these|those|all|any|some|each|every|old|older|legacy|deprecated|unused|obsolete|and|or|but|so|now|also|then|is|are|was|were|has|have|had|been|be|which|who|where|when|with|of|for|in|on|at|to|from|by|as|not|no)\s)[A-Za-z][\w-]*)[ \t]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex PhraseHead();
}
