using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Topics, queues and streams the notes name in one item and delete in another: "new topic order-events.v2 (12
/// partitions); … order-events (v1) deleted once consumers drain it". What is in a topic goes with it, drained or not, so
/// deleting one is destructive even when the item deleting it no longer says "topic".
/// </summary>
internal static partial class DeletedStreams
{
    /// <summary>The families of the streams the notes name (<c>order-events</c> for <c>order-events.v2</c>), in order.</summary>
    public static IReadOnlyList<string> Named(IEnumerable<string> lines) =>
        [.. lines.SelectMany(line => Stream().Matches(line)).Select(match => VersionSuffix().Replace(match.Groups["name"].Value, string.Empty))
            .Where(name => name.Length > 3).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>One of <paramref name="families"/> deleted, dropped or purged in <paramref name="text"/>, in any version of it.</summary>
    public static bool AnyDeleted(IReadOnlyList<string> families, string text) =>
        families.Any(family => text.Contains(family, StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(text, $$"""
            \b(?:delete|deletes|deleting|drop|drops|dropping|purge|purges|purging|destroy|destroys|destroying)\s+(?:the\s+)?(?:old\s+)?(?:v\d+\s+)?{{Regex.Escape(family)}}(?:[._-]?v\d+)?(?![\w-])
            | (?<![\w.-]){{Regex.Escape(family)}}(?:[._-]?v\d+)?(?![\w-])(?:\s*\([^()\n]{0,20}\))?\s+(?:(?:topic|queue|stream)\s+)?(?:(?:is|are|was|were|gets?|will\s+be|to\s+be)\s+)?(?:deleted|dropped|purged|destroyed)\b
            """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Timeout));

    /// <summary>"topic order-events.v2", "the `billing.events` queue": a name with a separator, so never a plain word.</summary>
    [GeneratedRegex("""
        \b(?:topics?|queues?|streams?)\s+`?(?<name>(?-i:[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+))`?
        | `?(?<name>(?-i:[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+))`?\s+(?:kafka\s+)?(?:topic|queue|stream)s?\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Stream();

    [GeneratedRegex(@"[._-]?v\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex VersionSuffix();
}
