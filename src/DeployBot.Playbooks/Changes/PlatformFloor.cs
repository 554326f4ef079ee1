using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The datastores and server runtimes a release stops supporting or needs a newer version of ("Drop support for
/// PostgreSQL EOL version 12", "Node.js 22 or later is required"), named from a fixed vocabulary with the version the
/// item gives, so nothing of the notes' free text reaches the plan.
/// </summary>
internal static partial class PlatformFloor
{
    private static readonly (Regex Pattern, string Name)[] Platforms =
    [
        (P(@"\bpostgres(?:ql)?\b"), "PostgreSQL"), (P(@"\bmysql\b"), "MySQL"),
        (P(@"\bmariadb\b"), "MariaDB"), (P(@"\bmongo(?:db)?\b"), "MongoDB"),
        (P(@"\belastic(?:search)?\b"), "Elasticsearch"), (P(@"\bopensearch\b"), "OpenSearch"),
        (P(@"\bredis\b"), "Redis"), (P(@"\bvalkey\b"), "Valkey"),
        (P(@"\bkafka\b"), "Kafka"), (P(@"\bcassandra\b"), "Cassandra"),
        (P(@"\brabbitmq\b"), "RabbitMQ"), (P(@"\bsql\s+server\b"), "SQL Server"),
        (P(@"\bclickhouse\b"), "ClickHouse"), (P(@"\betcd\b"), "etcd"),
        (P(@"\bzookeeper\b"), "ZooKeeper"), (P(@"\berlang\b"), "Erlang"),
        (P(@"\bnode(?:\.?js)?\b"), "Node.js"), (P(@"\bpython\b"), "Python"),
        (P(@"\bruby\b"), "Ruby"), (P(@"\bphp\b"), "PHP"),
        (P(@"\b(?:java|jdk|jre)\b"), "Java"), (P(@"(?:\.net\b|\bdotnet\b)"), ".NET"),
        (P(@"\belixir\b"), "Elixir"),
    ];

    private static Regex P(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>
    /// "PostgreSQL 12", "Node.js 22", or the platform's name alone when the item gives no version, in the notes' order; and
    /// the cluster or tool a chart, operator or provider now needs ("The chart now requires Kubernetes 1.28+", "compatible
    /// with Terraform 1.0 and above" → "Kubernetes 1.28", "Terraform 1.0").
    /// </summary>
    public static IReadOnlyList<string> Of(ReleaseAnalysis analysis) =>
        [.. analysis.Items.Where(item => !item.Fix).SelectMany(item => Floors(item.Text)).Distinct().Take(4)];

    /// <summary>
    /// The tools among <paramref name="floors"/> that run where changes are applied from, not in the environment
    /// ("Terraform 1.0" → "Terraform"): their version is the CLI's on every machine that applies.
    /// </summary>
    public static IReadOnlyList<string> AppliedFrom(IReadOnlyList<string> floors) =>
        [.. floors.Select(floor => floor.Split(' ')[0]).Where(name => name is "Terraform" or "OpenTofu" or "Helm")];

    private static string ToolName(string tool) => tool.ToLowerInvariant() switch
    {
        "kubernetes" or "k8s" => "Kubernetes",
        "terraform" => "Terraform",
        "opentofu" => "OpenTofu",
        _ => "Helm",
    };

    /// <summary>
    /// The cluster or tool with the lowest version it now takes: "require Kubernetes 1.28+", "Kubernetes 1.25 or later is
    /// required", "compatible with Terraform 1.0 and above", "minimum supported Kubernetes version is 1.27". A version it is
    /// tested on or merely supports as well ("adds support for Kubernetes 1.31") is none.
    /// </summary>
    [GeneratedRegex(@"\b(?:requires?|required|needs?|minimum(?:\s+supported)?|compatible\s+with|at\s+least)\s+(?:version\s+)?(?<tool>kubernetes|k8s|terraform|opentofu|helm)\s+(?:version\s+(?:is\s+)?)?v?(?<v>\d+\.\d+)|\b(?<tool>kubernetes|k8s|terraform|opentofu|helm)\s+v?(?<v>\d+\.\d+)(?:\.\d+)?\s*(?:\+|or\s+(?:later|newer|above|higher)|and\s+(?:above|later|newer|higher)|is\s+(?:now\s+)?(?:required|the\s+minimum))|\bminimum\s+(?:supported\s+)?(?<tool>kubernetes|k8s|terraform|opentofu|helm)\s+version\s+(?:is\s+(?:now\s+)?)?v?(?<v>\d+\.\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ToolFloor();

    /// <summary>
    /// A runtime the release migrates to ("migrate to Node 18") or requires as its lowest ("Support Node 18+", "Require
    /// Python 3.10 or later", "Support: Redis 7.2+, Ruby 3.2+"): the services that run it need that version too
    /// (nodejs-pubsub 5.0.0 quoted it only in its code step). A feature for a newer runtime ("for Python 3.14+") or a
    /// runtime added ("Add Python 3.3+ support") raises no floor.
    /// </summary>
    private static bool RuntimeFloor(string item) =>
        MigratesTo().IsMatch(item) || (OrLater().IsMatch(item) && Requires().IsMatch(item));

    [GeneratedRegex(@"(?<!\bwill\s)\b(?:migrat\w*|switch\w*)\s+to\s+(?:node(?:\.?js)?|python|ruby|php|java|jdk|\.net|dotnet)\s+v?\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex MigratesTo();

    [GeneratedRegex(@"\b(?:node(?:\.?js)?|python|ruby|php|java|jdk|\.net|dotnet)\s+v?\d+(?:\.\d+)*\s*(?:\+|or\s+(?:later|newer|above|higher)\b|and\s+(?:above|later|newer|higher)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OrLater();

    [GeneratedRegex(@"\brequir\w*|\bminimum\b|\bat\s+least\b|\bneeds?\b|^\W*support(?:s|ed)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Requires();

    private static IEnumerable<string> Named(string item)
    {
        foreach (var (pattern, name) in Platforms)
        {
            if (pattern.Match(item) is { Success: true } match)
            {
                var version = VersionAfter().Match(item, match.Index + match.Length);
                yield return version.Success && version.Index - (match.Index + match.Length) <= 24 ? $"{name} {version.Groups["v"].Value}" : name;
            }
        }
    }

    /// <summary>
    /// The engine an upgrade names (<see cref="StatefulSoftware"/>, or else from the same vocabulary), with the versions it gives ("Upgrade PostgreSQL 13 to 16 on
    /// the orders cluster" → "PostgreSQL 13 → 16 (the orders cluster)"), or null when it names no known engine.
    /// </summary>
    public static string? EngineChange(string text)
    {
        if (StatefulSoftware.Read(text).FirstOrDefault() is { } change)
        {
            return change.Describe();
        }

        var found = Platforms.Select(platform => (platform.Name, Match: platform.Pattern.Match(text))).Where(found => found.Match.Success)
            .OrderBy(found => found.Match.Index).FirstOrDefault();
        if (found.Match is null)
        {
            return null;
        }

        var versions = FromTo().Match(text, found.Match.Index + found.Match.Length);
        var what = versions.Success && versions.Index - (found.Match.Index + found.Match.Length) <= 24
            ? $"{found.Name} {versions.Groups["from"].Value} → {versions.Groups["to"].Value}"
            : found.Name;
        return Cluster().Match(text) is { Success: true } cluster ? $"{what} (the {cluster.Groups["name"].Value} {cluster.Groups["kind"].Value.ToLowerInvariant()})" : what;
    }

    [GeneratedRegex(@"(?<![\w.])v?(?<from>\d{1,3}(?:\.\d{1,3}){0,2})\s*(?:to|->|→|=>|auf|vers|para|a)\s*v?(?<to>\d{1,3}(?:\.\d{1,3}){0,2})(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\b(?:on|of|for|in)\s+(?:the\s+)?`?(?<name>[a-z][\w-]{1,40})`?\s+(?<kind>cluster|database|instance|replica\s+set|server)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Cluster();

    /// <summary>The first version number after a platform's name ("EOL version 12", "v18", "3.11").</summary>
    [GeneratedRegex(@"(?<![\w.])v?(?<v>\d{1,3}(?:\.\d{1,3}){0,2})(?![\w])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex VersionAfter();
}
