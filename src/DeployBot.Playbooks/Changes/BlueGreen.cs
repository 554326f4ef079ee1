using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A blue/green switch the notes describe: the old store, index or environment that keeps serving until the switch
/// (and is the way back), the new one, what is switched (an alias, traffic, a setting), whether the new one already
/// exists, what the notes keep for rollback, and the switch's own stated minutes.
/// </summary>
internal sealed partial record BlueGreen(string? Old, string? New, string? Pointer, bool NewExists, IReadOnlyList<string> Kept, int? Minutes)
{
    public static BlueGreen? Read(string notes)
    {
        var sentences = Sentence().Split(notes).Where(sentence => sentence.Trim().Length > 0).ToArray();
        var switching = sentences.Where(sentence => Switching().IsMatch(sentence)).ToArray();
        if (switching.Length == 0)
        {
            return null;
        }

        var change = switching.Concat(sentences).SelectMany(sentence => BeforeAfter.Read(sentence)).FirstOrDefault(IsName);
        var bracketed = Bracketed().Match(notes);
        var (old, @new) = bracketed.Success ? (bracketed.Groups["old"].Value, bracketed.Groups["new"].Value) : (change?.Before, change?.After);
        var pointer = Alias().Match(notes) is { Success: true } alias ? alias.Groups["name"].Value : null;
        var kept = sentences.Where(sentence => Keep().IsMatch(sentence))
            .SelectMany(sentence => Named().Matches(sentence).Select(match => match.Value))
            .Where(name => !string.Equals(name, @new, StringComparison.OrdinalIgnoreCase))
            // A store is named more than once ("audit-mongo … audit-mongo stays read-only"); "read-only" is not a store.
            .Where(name => Regex.Count(notes, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])") >= 2)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
        var minutes = switching.Select(StatedMinutes).FirstOrDefault(value => value is not null);
        var colours = BlueAndGreen().IsMatch(notes);
        return new BlueGreen(old, @new, pointer, Exists().IsMatch(notes) || ExistsAlready().IsMatch(notes), kept, minutes)
        {
            Colours = colours,
            Pooler = PoolerWord().Match(notes) is { Success: true } pooler ? PoolerName(pooler.Value) : null,
            Logical = LogicalWord().IsMatch(notes),
            KeptFor = KeptSpan().Match(notes) is { Success: true } span ? span.Groups["span"].Value.Trim() : null,
            Extensions = [.. Extension().Matches(notes).Select(match => match.Value.ToLowerInvariant()).Distinct()],
        };
    }

    /// <summary>The connection pooler that is repointed at the switch ("pgbouncer repoint"): PgBouncer, Pgpool-II, ProxySQL, RDS Proxy.</summary>
    public string? Pooler { get; init; }

    /// <summary>The new one is fed by logical replication from the old one (publication and subscription), not a copy or physical standby.</summary>
    public bool Logical { get; init; }

    /// <summary>How long the notes keep the old one after the switch ("old cluster kept 7 days for fallback"): "7 days".</summary>
    public string? KeptFor { get; init; }

    /// <summary>PostgreSQL extensions the notes name ("pg_trgm + postgis re-created on green already"), never a tool or a catalog view.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    private static string PoolerName(string found) => found.ToLowerInvariant() switch
    {
        var name when name.StartsWith("pgbouncer", StringComparison.Ordinal) => "PgBouncer",
        var name when name.StartsWith("pgpool", StringComparison.Ordinal) => "Pgpool-II",
        var name when name.StartsWith("proxysql", StringComparison.Ordinal) => "ProxySQL",
        _ => "RDS Proxy",
    };

    /// <summary>The old one by name, for the way back ("audit-mongo"), or what the notes keep, or a plain description.</summary>
    /// <summary>The notes speak of blue and green without naming them.</summary>
    public bool Colours { get; init; }

    public string OldName => Old is { } old ? $"\"{old}\"" : Kept.Count > 0 ? $"\"{Kept[0]}\"" : Colours ? "the blue (current) one" : "the old one";

    public string NewName => New is { } name ? $"\"{name}\"" : Colours ? "the green (new) one" : "the new one";

    public string What => Pointer is { } alias ? $"the alias \"{alias}\"" : "traffic";

    private static bool IsName(ValueChange change) =>
        !change.Before.All(c => char.IsDigit(c) || c == '.') && !change.After.All(c => char.IsDigit(c) || c == '.');

    private static int? StatedMinutes(string sentence) => StatedDurations.First(sentence, Duration());

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\bblue[/\s-]?green\b | \bswitch[\s-]?over\b | \bcut[\s-]?over\b | \b(?:switch|swap|flip|point|repoint|move|promote)\w*\s+(?:the\s+)?(?:read\s+|write\s+|search\s+)?(?:alias|traffic|dns|reads|writes|connection\s+string)\b | (?<![\w-])(?<!\bwith\s+(?:an?\s+|the\s+)?)alias\b(?!\s+(?:for|of)\b)[^.\n]{0,40}\b(?:from|to)\b(?!\s+match\b) | \bmove\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:store|database|db|cluster|index|bucket)\s+from\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Switching();

    /// <summary>"from MongoDB 4.4 (audit-mongo) to PostgreSQL 16 (new cluster audit-pg)": the names in brackets.</summary>
    [GeneratedRegex(@"\bfrom\s+[^()\n]{0,40}\((?:[^()\n]*\s)?(?<old>[a-z][\w-]*[a-z0-9])\)\s*to\s+[^()\n]{0,40}\((?:[^()\n]*\s)?(?<new>[a-z][\w-]*[a-z0-9])\)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\bblue\b[^.\n]{0,80}\bgreen\b|\bgreen\b[^.\n]{0,80}\bblue\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex BlueAndGreen();

    [GeneratedRegex(@"\balias\s+`?(?<name>[a-z][\w.-]*[a-z0-9])`?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Alias();

    [GeneratedRegex(@"\bkeep\b | \bkept\b | \bstays?\b | \bremains?\b | \bretain\w* | \bread-only\b | \bbleibt\b | \bgard[ée]\w* | \bconserv\w* | \bmant[eé]\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Keep();

    [GeneratedRegex(@"\balready\s+(?:created|exists?|running|replicating|built|in\s+sync) | \bbereits\s+(?:angelegt|erstellt|vorhanden) | \bd[ée]j[àa]\s+cr[ée]{2} | \bya\s+(?:creado|existe) | \bj[áa]\s+(?:criado|existe)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Exists();

    /// <summary>"re-created on green already", "green is set up already": the word after what was done.</summary>
    [GeneratedRegex(@"\b(?:created|re-?created|exists?|running|replicating|built|set\s+up|provisioned|restored|synced|in\s+sync)\b[^.;\n]{0,30}\balready\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ExistsAlready();

    [GeneratedRegex(@"\bpg-?bouncer\b | \bpgpool(?:-ii)?\b | \bproxysql\b | \brds\s+proxy\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex PoolerWord();

    [GeneratedRegex(@"\blogical\s+replication\b | \bpglogical\b | \blogical\s+(?:decoding|subscription)s?\b | \bpublication\b[^.;\n]{0,40}\bsubscription\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex LogicalWord();

    [GeneratedRegex(@"\b(?:kept|keep|retain\w*|stays?|remains?)\b[^.;\n]{0,30}?\b(?:for\s+)?(?<span>\d+\s*(?:days?|d|weeks?|hours?|h))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex KeptSpan();

    /// <summary>Extensions by name: pg_* that are not tools or catalog views, and the common ones without the prefix.</summary>
    [GeneratedRegex(@"\bpg_(?!upgrade|dump|restore|basebackup|ctl|hba|stat_(?!statements)|extension|control|sequences|rewind|catalog|wal|isready|receivewal|settings|class|roles|database|replication|publication|subscription|current|lsn|terminate|cancel|proc|namespace|tables|indexes|locks)[a-z0-9_]+\b | \bpostgis(?:_[a-z_]+)?\b | \bhstore\b | \bcitext\b | \bpgcrypto\b | \buuid-ossp\b | \btimescaledb\b | \bpgvector\b | \bbtree_gin\b | \bbtree_gist\b | \bunaccent\b | \bltree\b | \bpgaudit\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Extension();

    [GeneratedRegex(@"(?<![\w./:@-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w/@-]|\.\w)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Duration();
}
