using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Encryption at rest turned on for a database that cannot be encrypted in place (RDS): a final snapshot, an encrypted
/// copy of it under the KMS key the notes name, a new instance restored from the copy, then a swap. The notes' own
/// words only: the database, the key, the downtime, whether Terraform drives it and whether the endpoint apps use stays.
/// Null unless the notes turn encryption on and copy or restore to do it ("rotate the KMS key" is no encrypted copy).
/// An Aurora database (or any DB cluster the notes name) is a <see cref="Cluster"/>: its snapshot, restore, instances and
/// rename are the DB cluster forms of the commands, never an instance's.
/// </summary>
internal sealed partial record EncryptedCopy(string? Database, string? KmsKey, int? DowntimeMinutes, bool Terraform, bool SameEndpoint)
{
    /// <summary>The database is an Aurora (or Multi-AZ) DB cluster: "aurora", "db cluster", "cluster snapshot", "aws_rds_cluster".</summary>
    public bool Cluster { get; init; }

    /// <summary>The cluster's engine as the notes give it ("aurora-postgresql", "aurora-mysql", "postgres" for a Multi-AZ DB cluster), or null.</summary>
    public string? ClusterEngine { get; init; }

    /// <summary>An RDS Multi-AZ DB cluster (not Aurora): the restore creates its writer and readers itself.</summary>
    public bool MultiAz { get; init; }

    /// <summary>What is copied and swapped: "cluster" or "instance".</summary>
    public string Unit => Cluster ? "cluster" : "instance";

    public static EncryptedCopy? Read(string notes)
    {
        if (!Encrypts().IsMatch(notes) || !Copies().IsMatch(notes) || !DatabaseWord().IsMatch(notes))
        {
            return null;
        }

        var database = DatabaseName().Match(notes) is { Success: true } named ? named.Groups["name"].Value
            : AfterPreposition().Match(notes) is { Success: true } after ? after.Groups["name"].Value : null;
        var key = KmsKeyName().Match(notes) is { Success: true } kms ? kms.Value.TrimEnd('.', ',', ')') : null;
        var cluster = ClusterWord().IsMatch(notes);
        var multiAz = cluster && MultiAzWord().IsMatch(notes) && !AuroraWord().IsMatch(notes);
        return new EncryptedCopy(database, key, StatedDurations.First(notes, Downtime()), Tf().IsMatch(notes), Endpoint().IsMatch(notes))
        {
            Cluster = cluster,
            MultiAz = multiAz,
            ClusterEngine = !cluster ? null : Postgres().IsMatch(notes) ? (multiAz ? "postgres" : "aurora-postgresql") : MySql().IsMatch(notes) ? (multiAz ? "mysql" : "aurora-mysql") : null,
        };
    }

    /// <summary>The database as the steps write it: "`reports-db`", or "the database".</summary>
    public string Name => Database is { } name ? $"`{name}`" : "the database";

    /// <summary>The new instance restored from the encrypted copy: "`reports-db-encrypted`".</summary>
    public string CopyName => Database is { } name ? $"`{name}-encrypted`" : "the encrypted copy";

    /// <summary>What the old instance is renamed to at the swap: "`reports-db-old`".</summary>
    public string OldName => Database is { } name ? $"`{name}-old`" : "a name ending in `-old`";

    public string Key => KmsKey is { } key ? $"`{key}`" : "the new KMS key";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"turn on storage encryption", "enable encryption at rest", "encrypted copy", "unencrypted instance".</summary>
    [GeneratedRegex(@"\b(?:storage|at[\s-]rest|disk|volume)\s+encryption\b | \bencrypt(?:ion|ed)?\s+(?:at[\s-]rest|storage)\b | \bstorage[_\s]encrypted\b
        | \b(?:enable|turn\w*\s+on|switch\w*\s+on)\w*\s+(?:the\s+)?(?:\w+\s+){0,2}encryption\b | \bencrypted\s+(?:copy|snapshot|restore|replica|instance|cluster|clone)\b | \bunencrypted\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Encrypts();

    /// <summary>The way it is done: a snapshot copied or restored (a bucket's objects copied over are no database copy).</summary>
    [GeneratedRegex(@"\bsnapshot\w* | \brestor\w* | \bencrypted\s+cop(?:y|ies)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Copies();

    /// <summary>A database is what is copied: RDS, Aurora, a database engine or instance, or a name like "orders-db".</summary>
    [GeneratedRegex(@"\brds\b | \baurora\b | \bdatabases?\b | \bdb\b | [a-z0-9]-?db\b | \bpostgres\w* | \bmysql\b | \bmariadb\b | \bdb[\s-]?instances?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex DatabaseWord();

    /// <summary>A database by its name's shape, never inside a key alias ("alias/reports-db"): "reports-db", "orders_db", "billing-rds".</summary>
    [GeneratedRegex(@"(?<![\w/.:-])(?<name>[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?:[-_]db|db|[-_]rds|[-_]pg|[-_]mysql|[-_]postgres|[-_]database))(?![\w/-])", Options, MatchBudget.Milliseconds)]
    private static partial Regex DatabaseName();

    /// <summary>"for billing-primary", "on the ledger-main instance": a hyphenated name after a preposition.</summary>
    [GeneratedRegex(@"\b(?:for|on|of|cluster|instance)\s+(?:the\s+)?(?:rds\s+|aurora\s+|database\s+|db\s+|instance\s+|cluster\s+)?`?(?<name>(?!in-place|at-rest|read-only)[a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?(?![\w/-])", Options, MatchBudget.Milliseconds)]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"\balias/[\w/-]+ | \barn:aws[\w-]*:kms:[\w:/-]+", Options, MatchBudget.Milliseconds)]
    private static partial Regex KmsKeyName();

    /// <summary>"~20 min reports downtime", "downtime of 20 minutes", "20 min outage".</summary>
    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b[^.;\n\d]{0,25}?\b(?:downtime|outage|read[\s-]?only)\b | \b(?:downtime|outage)\b[^.;\n\d]{0,20}?(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Downtime();

    [GeneratedRegex(@"\baurora\b | (?<![a-z0-9])(?:db|rds)[\s_-]?clusters?(?![a-z0-9]) | \bcluster[\s_-]snapshots?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ClusterWord();

    [GeneratedRegex(@"\baurora\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex AuroraWord();

    [GeneratedRegex(@"\bmulti[\s-]?az\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex MultiAzWord();

    [GeneratedRegex(@"\bpostgres\w* | \bpg\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Postgres();

    [GeneratedRegex(@"\bmysql\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex MySql();

    [GeneratedRegex(@"\bterraform\b | \b[\w-]+\.tf\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Tf();

    /// <summary>The name apps connect to stays: "the CNAME apps use stays the same", "same endpoint", "no app config change".</summary>
    [GeneratedRegex(@"\bcname\b | \b(?:same|unchanged)\s+(?:endpoint|host\w*|dns|connection\s+string)\b | \b(?:endpoint|host\w*|dns)\b[^.;\n]{0,30}\b(?:stays|unchanged|same)\b | \bno\s+app\w*\s+config\s+change", Options, MatchBudget.Milliseconds)]
    private static partial Regex Endpoint();
}
