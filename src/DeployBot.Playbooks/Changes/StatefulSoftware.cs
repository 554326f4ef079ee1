using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>How stateful software is upgraded, which decides the shape of its steps.</summary>
internal enum StatefulFamily
{
    /// <summary>The primary database engine (PostgreSQL, MySQL…): one in-place or blue/green upgrade.</summary>
    Engine,

    /// <summary>An extension inside PostgreSQL: the package on every server, then <c>ALTER EXTENSION … UPDATE</c> on the primary.</summary>
    Extension,

    /// <summary>Clustered software (Redis, etcd, Kafka, a MongoDB replica set…): member by member, the leader or primary last.</summary>
    Cluster,
}

/// <summary>One upgrade the notes give: the software from a fixed vocabulary, its versions and cluster as the notes name them.</summary>
/// <param name="Name">The software's name as the plan writes it ("TimescaleDB", "Redis").</param>
/// <param name="Extension">For a PostgreSQL extension, its name in <c>pg_extension</c> (pgvector is "vector").</param>
internal sealed record StatefulChange(string Name, StatefulFamily Family, string? Extension, string? From, string? To, string? Cluster)
{
    /// <summary>"Redis 6.2 → 7.2 (the sessions cluster)", "pg_partman (to 5.0)", "Consul".</summary>
    public string Describe()
    {
        var versions = (From, To) switch
        {
            ({ } from, { } to) => $" {from} → {to}",
            (null, { } to) => $" (to {to})",
            _ => string.Empty,
        };
        return Cluster is null ? $"{Name}{versions}" : $"{Name}{versions} ({Cluster})";
    }

    /// <summary>"7.2", or "the new version" when the notes give none.</summary>
    public string Target => To ?? "the new version";

    /// <summary>"6.2", or "the current version".</summary>
    public string Current => From ?? "the current version";

    /// <summary>The first number changes (pg_partman 4 → 5): an extension's own upgrade steps are likely.</summary>
    public bool IsMajor => From is { } from && To is { } to && Major(from) != Major(to);

    private static string Major(string version) => version.Split('.')[0];
}

/// <summary>
/// Which stateful software a release upgrades, and to which version: one reading for the kind of change, the engine
/// playbook and the engine's name in the steps. A name alone is no upgrade ("cache user profiles in Redis"), nor is a
/// client library of it ("bump the redis client gem to 5.0", "redis-py 5.0"); the software must be named with its
/// versions ("Kafka brokers 3.5 -> 3.7") or upgraded to one ("bump pg_partman to 5.0").
/// </summary>
internal static partial class StatefulSoftware
{
    /// <param name="Word">The name as a pattern ("elastic(?:search)?").</param>
    private sealed record Software(string Word, string Name, StatefulFamily Family, string? Extension = null)
    {
        /// <summary>
        /// The name standing alone: a name inside a library's ("redis-py", "StackExchange.Redis", "kafka_2.13") is not
        /// the software; the extension's own underscores (pg_partman) are inside its word.
        /// </summary>
        public Regex Pattern { get; } = new($@"(?<![\w.\-/]){Word}(?!\w|[\-.]\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

        /// <summary>The name wherever it stands, also inside a library's.</summary>
        public Regex Loose { get; } = new($@"(?<![a-z]){Word}(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);
    }

    private static readonly Software[] Vocabulary =
    [
        new(@"timescale(?:db)?", "TimescaleDB", StatefulFamily.Extension, "timescaledb"),
        new(@"pgvector", "pgvector", StatefulFamily.Extension, "vector"),
        new(@"postgis", "PostGIS", StatefulFamily.Extension, "postgis"),
        new(@"pg_partman", "pg_partman", StatefulFamily.Extension, "pg_partman"),
        new(@"pg_cron", "pg_cron", StatefulFamily.Extension, "pg_cron"),
        new(@"pg_repack", "pg_repack", StatefulFamily.Extension, "pg_repack"),
        new(@"pgaudit", "pgAudit", StatefulFamily.Extension, "pgaudit"),
        new(@"patroni", "Patroni", StatefulFamily.Cluster), new(@"redis", "Redis", StatefulFamily.Cluster),
        new(@"valkey", "Valkey", StatefulFamily.Cluster), new(@"etcd", "etcd", StatefulFamily.Cluster),
        new(@"kafka", "Kafka", StatefulFamily.Cluster), new(@"elastic(?:search)?", "Elasticsearch", StatefulFamily.Cluster),
        new(@"opensearch", "OpenSearch", StatefulFamily.Cluster), new(@"rabbitmq", "RabbitMQ", StatefulFamily.Cluster),
        new(@"consul", "Consul", StatefulFamily.Cluster), new(@"zookeeper", "ZooKeeper", StatefulFamily.Cluster),
        new(@"postgres(?:ql)?", "PostgreSQL", StatefulFamily.Engine), new(@"pg", "PostgreSQL", StatefulFamily.Engine),
        new(@"mysql", "MySQL", StatefulFamily.Engine),
        new(@"mariadb", "MariaDB", StatefulFamily.Engine), new(@"mongo(?:db)?", "MongoDB", StatefulFamily.Cluster),
        new(@"cassandra", "Cassandra", StatefulFamily.Engine), new(@"sql\s+server", "SQL Server", StatefulFamily.Engine),
        new(@"clickhouse", "ClickHouse", StatefulFamily.Engine),
    ];

    /// <summary>The upgrades in <paramref name="text"/>, in its order, each software once.</summary>
    public static IReadOnlyList<StatefulChange> Read(string text) =>
        [.. Sentences().Split(text).SelectMany(Upgrades).DistinctBy(change => change.Name)];

    /// <summary>The upgrades in every item, in the notes' order, each software once.</summary>
    public static IReadOnlyList<StatefulChange> Read(IEnumerable<string> items) =>
        [.. items.SelectMany(Read).DistinctBy(change => change.Name)];

    /// <summary>
    /// The text names stateful software, but only as a client library of it ("bump the redis client gem to 5.0",
    /// "upgrade redis-py 4 -> 5"): the application's dependency, not the server.
    /// </summary>
    public static bool OnlyClientLibraries(string text) =>
        Vocabulary.Any(software => software.Loose.IsMatch(text))
        && Vocabulary.All(software => software.Loose.Matches(text).All(loose => software.Pattern.Match(text, loose.Index) is not { Success: true } match
            || match.Index != loose.Index || IsLibrary(text, match)));

    private static IEnumerable<StatefulChange> Upgrades(string sentence)
    {
        var found = Vocabulary.Select(software => (software, Match: software.Pattern.Match(sentence)))
            .Where(found => found.Match.Success && !IsLibrary(sentence, found.Match)).OrderBy(found => found.Match.Index).ToList();
        var starts = found.Select(other => other.Match.Index).ToArray();
        var changes = found.Select(one => Upgrade(sentence, one.software, one.Match, starts)).OfType<StatefulChange>().ToList();
        // "the TimescaleDB extension on PostgreSQL 15 from 2.13 to 2.17": the extension goes to a new version, not its host;
        // a host given with both of its versions ("postgres 14 to 16 with pg_upgrade, bump pgvector to 0.7") goes too.
        return changes.Any(change => change.Family == StatefulFamily.Extension)
            ? changes.Where(change => change.Family != StatefulFamily.Engine || change.From is not null)
            : changes;
    }

    private static StatefulChange? Upgrade(string sentence, Software software, Match match, IEnumerable<int> others)
    {
        var end = match.Index + match.Length;
        var own = sentence[end..others.Where(index => index > match.Index).DefaultIfEmpty(sentence.Length).Min()];
        if (software.Family == StatefulFamily.Extension)
        {
            // An extension's versions may follow its host engine ("on PostgreSQL 15 from 2.13 to 2.17").
            own = HostEngine().Replace(sentence[end..], " ");
        }

        if (FromTo().Match(own) is { Success: true } versions && Filler().IsMatch(own[..versions.Index]))
        {
            return Change(software, versions.Groups["from"].Value, versions.Groups["to"].Value, sentence);
        }

        // "bump pg_partman to 5.0", or the verb after the name: "pg_partman bumped to 5.x", "Redis gets upgraded to 7.2".
        if (Version().Match(own) is not { Success: true } to)
        {
            // "bump pgvector", "update pg_partman too": an extension named as what is upgraded, with no version, goes to its package's newest.
            return software.Family == StatefulFamily.Extension && UpgradeVerb().IsMatch(sentence[..match.Index]) && BareEnd().IsMatch(own)
                ? Change(software, null, null, sentence)
                : null;
        }

        var between = own[..to.Index];
        return (UpgradeVerb().IsMatch(sentence[..match.Index]) && Filler().IsMatch(between)) || UpgradedTo().IsMatch(between)
            ? Change(software, null, to.Groups["v"].Value, sentence)
            : null;
    }

    private static StatefulChange? Change(Software software, string? from, string? to, string sentence)
    {
        // "pg" is also Node's PostgreSQL client ("Bump pg from 8.11.3 to 8.12.0"): only a server's major versions count.
        if (software.Word == "pg" && !(ServerMajor(from) && ServerMajor(to)))
        {
            return null;
        }

        var cluster = Cluster().Match(sentence) is { Success: true } named
            ? $"the {named.Groups["name"].Value} {named.Groups["kind"].Value.ToLowerInvariant()}"
            : null;
        return new StatefulChange(software.Name, software.Family, software.Extension, from, to, cluster);
    }

    /// <summary>"13", "16", "15.4": a PostgreSQL server version since 9.6 has at most two parts and a major of 9 or more.</summary>
    private static bool ServerMajor(string? version) =>
        version is null || (version.Count(c => c == '.') <= 1 && int.TryParse(version.Split('.')[0], out var major) && major is >= 9 and <= 40);

    private static bool IsLibrary(string sentence, Match match) =>
        LibraryAfter().IsMatch(sentence[(match.Index + match.Length)..]) || LibraryBefore().IsMatch(sentence[..match.Index]);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>Where one item's sentence ends: a line break, a semicolon, or a full stop before a space (not "7.2").</summary>
    [GeneratedRegex(@"\n | ; | \.(?=\s|$)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Sentences();

    [GeneratedRegex(@"(?<![\w.])v?(?<from>\d{1,3}(?:\.\d{1,3}){0,2})(?:\.x)?\s*(?:to|->|→|=>|➜|auf|nach|vers|à|para|a|hasta)\s*v?(?<to>\d{1,3}(?:\.\d{1,3}){0,2})(?![\w])", Options, MatchBudget.Milliseconds)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"(?<![\w.])v?(?<v>\d{1,3}(?:\.\d{1,3}){0,2})(?![\w])", Options, MatchBudget.Milliseconds)]
    private static partial Regex Version();

    /// <summary>
    /// What may stand between the software and its versions ("Kafka brokers 3.5 -> 3.7", "Redis (sessions) to 7.2"),
    /// so that a setting's values are not read as its versions ("Redis maxmemory from 2 to 4 GB").
    /// </summary>
    [GeneratedRegex(@"^(?: [^()\d]{0,30}\) )? (?: [\s:,-]+ | \([^()\d]{0,40}\) | \b(?:the|its|our|all|servers?|brokers?|nodes?|members?|cluster|ensemble|extension|engine|version|from|von|de|desde|du|to|auf|nach|vers|para|a)\b )*$", Options, MatchBudget.Milliseconds)]
    private static partial Regex Filler();

    /// <summary>"Upgrade the", "bump", "move our self-hosted": the verb acts on the name that follows it.</summary>
    [GeneratedRegex(@"\b(?:upgrad\w* | updat\w* | bump\w* | rais\w* | mov\w* | migrat\w* | aktualisier\w* | mise\s+à\s+niveau\s+(?:de\s+)? | actualiz\w* | atualiz\w*)\s+(?:(?!(?:to|into|in|on|with|from|for|and)\b)[\w-]+\s+){0,2}$", Options, MatchBudget.Milliseconds)]
    private static partial Regex UpgradeVerb();

    /// <summary>What may follow an extension upgraded with no version: nothing, "extension", "too", "as part of it", where it is.</summary>
    [GeneratedRegex(@"^\s*(?:extension\b)?\s*(?:$ | [,)(] | \b(?:too|as\s+well|also|as\s+part|with|on|in|across|everywhere)\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex BareEnd();

    /// <summary>The verb after the name, up to the version: " bumped to ", " gets upgraded to ", " is updated to v".</summary>
    [GeneratedRegex(@"^[\s:,-]*(?:(?:is|are|gets?|will\s+be|being|to\s+be)\s+)?(?:upgraded|updated|bumped|raised|moved|goes|go)\s+(?:up\s+)?to\s+$", Options, MatchBudget.Milliseconds)]
    private static partial Regex UpgradedTo();

    /// <summary>An extension's host engine with its one version ("on PostgreSQL 15"), which is not the extension's.</summary>
    [GeneratedRegex(@"\b(?:on|in|for|with)\s+(?:postgres(?:ql)?|pg)\s+v?\d+(?:\.\d+)?(?!\s*(?:to|->|→|=>)\s*\d)", Options, MatchBudget.Milliseconds)]
    private static partial Regex HostEngine();

    /// <summary>"client gem", "Java client", "driver", "library": the software's client, which ships in the application.</summary>
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,1}(?:client|gem|driver|librar(?:y|ies)|lib|sdk|crate|module|connector|bindings?|adapter|npm|pip|nuget|package\s+for\s+\w+)s?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex LibraryAfter();

    [GeneratedRegex(@"\b(?:client|gem|driver|library|sdk|crate|npm|pip|nuget)\s+(?:for\s+)?(?:the\s+)?$", Options, MatchBudget.Milliseconds)]
    private static partial Regex LibraryBefore();

    [GeneratedRegex(@"\b(?:on|of|for|in)\s+(?:the\s+)?`?(?<name>[a-z][\w-]{1,40})`?\s+(?<kind>cluster|database|instance|replica\s+set|server|ensemble)\b | \(\s*(?:the\s+)?`?(?<name>[a-z][\w-]{1,40})`?\s+(?<kind>cluster|ensemble)\s*\) | \bon\s+`?(?<name>[a-z][\w-]{1,40})`?\s*\(\s*(?<kind>replica\s+set)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Cluster();
}
