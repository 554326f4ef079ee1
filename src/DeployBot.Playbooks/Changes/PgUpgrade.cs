using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>How <c>pg_upgrade</c> carries the data files into the new cluster, which decides what is left to go back to.</summary>
internal enum PgUpgradeMode
{
    /// <summary>The default: files are copied, the old data directory is left as it was and stays startable.</summary>
    Copy,

    /// <summary><c>--clone</c>: copy-on-write clones; the old data directory stays startable, as with a copy.</summary>
    Clone,

    /// <summary>
    /// <c>--link</c> (<c>-k</c>): files are hard-linked, shared by both clusters; once the new cluster has started, the
    /// old one cannot be started again.
    /// </summary>
    Link,

    /// <summary><c>--swap</c> (PostgreSQL 18): directories are moved into the new cluster; the old one is unusable once it begins.</summary>
    Swap,
}

/// <summary>
/// An in-place engine upgrade as the notes state it: the <c>pg_upgrade</c> mode when they name the tool, and the
/// read-only (or down) period they give for it ("pg_upgrade --link, ~20 min read-only"). Only what the notes say is
/// read; the mode is null when they do not name pg_upgrade (a managed service upgrades its own way).
/// </summary>
internal sealed partial record PgUpgrade(PgUpgradeMode? Mode, int? OutageMinutes, string Outage)
{
    public static PgUpgrade Read(string notes)
    {
        PgUpgradeMode? mode = !Tool().IsMatch(notes) ? null
            : LinkMode().IsMatch(notes) ? PgUpgradeMode.Link
            : SwapMode().IsMatch(notes) ? PgUpgradeMode.Swap
            : CloneMode().IsMatch(notes) ? PgUpgradeMode.Clone
            : PgUpgradeMode.Copy;
        var readOnly = StatedDurations.First(notes, ReadOnly());
        var down = readOnly is null ? StatedDurations.First(notes, Downtime()) : null;
        return new PgUpgrade(mode, readOnly ?? down, readOnly is not null || down is null ? "read-only period" : "downtime");
    }

    /// <summary>The old data directory cannot be started once the new cluster has (hard links shared, or directories moved).</summary>
    public bool OldUnusableAfterStart => Mode is PgUpgradeMode.Link or PgUpgradeMode.Swap;

    /// <summary>How the notes run the tool, as a command the engineer recognises.</summary>
    public string Command => Mode switch
    {
        PgUpgradeMode.Link => "pg_upgrade --link",
        PgUpgradeMode.Swap => "pg_upgrade --swap",
        PgUpgradeMode.Clone => "pg_upgrade --clone",
        _ => "pg_upgrade",
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bpg_?upgrade(?:cluster)?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Tool();

    /// <summary>"--link", "-k", "link mode", "hard links", "hardlinks".</summary>
    [GeneratedRegex(@"(?<![\w-])--link\b | (?<![\w-])-k\b | \blink\s+mode\b | \bhard[\s-]?links?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex LinkMode();

    [GeneratedRegex(@"(?<![\w-])--swap\b | \bswap\s+mode\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex SwapMode();

    [GeneratedRegex(@"(?<![\w-])--clone\b | \bclone\s+mode\b | \breflinks?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex CloneMode();

    /// <summary>"~20 min read-only", "read-only for ~20 minutes", "20 minutes of read-only", "read only ~20m".</summary>
    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b\s*(?:of\s+)?read[\s-]?only\b | \bread[\s-]?only\b[^.;\n\d]{0,20}?(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ReadOnly();

    /// <summary>"~15 min downtime", "downtime of 15 minutes", "15 min outage".</summary>
    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b\s*(?:of\s+)?(?:downtime|outage)\b | \b(?:downtime|outage)\b[^.;\n\d]{0,20}?(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Downtime();
}
