using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A managed cache moved to another engine in place ("elasticache cache-main: redis 6.2 -> valkey 8.0"): the replication
/// group keeps its endpoint and fails over once, and the engine cannot be changed back in place. Null unless the notes
/// move from Redis to Valkey (or back); a client library bump ("Bump redis from 4.6 to 5.0") names one engine only.
/// </summary>
internal sealed partial record CacheEngineChange(string From, string? FromVersion, string To, string? ToVersion, string? Group, bool Managed)
{
    public static CacheEngineChange? Read(string notes)
    {
        var change = Change().Match(notes);
        if (!change.Success || string.Equals(change.Groups["from"].Value, change.Groups["to"].Value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var group = GroupName().Match(notes) is { Success: true } named ? named.Groups["name"].Value : null;
        return new CacheEngineChange(
            Engine(change.Groups["from"].Value), Version(change.Groups["fv"]), Engine(change.Groups["to"].Value), Version(change.Groups["tv"]), group, ManagedWord().IsMatch(notes));
    }

    /// <summary>"Redis 6.2", "Valkey 8.0".</summary>
    public string Old => FromVersion is { } version ? $"{From} {version}" : From;

    public string New => ToVersion is { } version ? $"{To} {version}" : To;

    /// <summary>The replication group as the steps write it: "`cache-main`", or "the replication group".</summary>
    public string Name => Group is { } name ? $"`{name}`" : "the replication group";

    /// <summary>The group's id in a command: "cache-main", or a placeholder the engineer fills in.</summary>
    public string Id => Group ?? "<replication-group-id>";

    private static string Engine(string word) => word.ToLowerInvariant() == "valkey" ? "Valkey" : "Redis";

    private static string? Version(Group group) => group.Success ? group.Value : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"redis 6.2 -> valkey 8.0", "redis 7.0 to valkey 7.2", "from Redis OSS 7.1 to Valkey".</summary>
    [GeneratedRegex(@"\b(?<from>redis|valkey)(?:\s+oss)?\s*v?(?<fv>\d+(?:\.\d+)*)?\s*(?:->|→|=>|\bto\b|\binto\b)\s*(?<to>redis|valkey)(?:\s+oss)?\s*v?(?<tv>\d+(?:\.\d+)*)?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Change();

    /// <summary>"elasticache cache-main", "on sessions-cache", "cluster `cache-main`".</summary>
    [GeneratedRegex(@"\b(?:elasticache|memorydb|on|for|cluster|group)\s+(?:the\s+)?(?:cluster\s+|replication\s+group\s+)?`?(?<name>(?!redis|valkey|in-place)[a-z][a-z0-9]*(?:-[a-z0-9]+)+)`? | (?<![\w/.-])(?<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:cache|redis|valkey)(?:-[a-z0-9]+)*)(?![\w/-])", Options, MatchBudget.Milliseconds)]
    private static partial Regex GroupName();

    [GeneratedRegex(@"\belasticache\b | \bmemorydb\b | \baws\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ManagedWord();
}
