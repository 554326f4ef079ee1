using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A point of no return stated on its own, with no moment named: "There is no downgrade path", "you cannot go back",
/// "downgrading is not supported", "this upgrade is irreversible". The moment is the new version's first start: what it
/// changes then is what the older version cannot go back to. When the notes speak of a database, a schema or a data
/// format, what cannot go back is the data (<see cref="StatedNoWayBack.OnData"/>), and the way back is the backup taken
/// before that first start.
/// </summary>
internal sealed partial record StatedNoWayBack
{
    /// <summary>
    /// The new version upgrades the data itself as it starts ("by starting 3.0 without …", "on first start", "the server
    /// converts the data directory automatically"): no migration of the team's runs, and none can be undone with a
    /// down-migration.
    /// </summary>
    public bool AtStart { get; init; }

    private const string FirstStart = "the new version's first start";

    private static StatedNoWayBack? Standalone(string notes) =>
        Stated().IsMatch(notes) || MigratedInDowntime().IsMatch(notes) ? new StatedNoWayBack(null, FirstStart, null, null, DataNamed().IsMatch(notes)) { AtStart = SelfUpgrade().IsMatch(notes) || MigratedInDowntime().IsMatch(notes) } : null;

    private const RegexOptions StandaloneOptions = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bthere\s+is\s+no\s+(?:supported\s+|possible\s+)?(?:downgrade|way\s+back|going\s+back|roll[\s-]?back)(?:\s+(?:process|path|procedure|option|support))?\b(?!\s+(?:is\s+)?(?:needed|required|necessary))
        | \b(?:downgrad(?:e|es|ing)|rolling\s+back|going\s+back)\s+(?:is|are)\s+(?:not\s+(?:supported|possible)|unsupported|impossible)\b
        | \b(?:you\s+)?(?:cannot|can't|can’t|can\s+not|will\s+not\s+be\s+able\s+to|won't\s+be\s+able\s+to)\s+(?:go\s+back|downgrade|roll\s+back)\b(?!\s+(?:to|on|once|after|as\s+soon)\b)
        | \b(?:upgrade|migration|conversion)s?\s+(?:is|are|will\s+be)\s+(?:irreversible|one[\s-]way|not\s+reversible)\b | \birreversible\s+(?:upgrade|migration|conversion)", StandaloneOptions, MatchBudget.Milliseconds)]
    private static partial Regex Stated();

    /// <summary>
    /// "expect 10-20 minutes of downtime as the database is migrated": the new version migrates the database as it starts,
    /// in a downtime the notes announce; the previous version does not run on the migrated database, so the way back is
    /// the snapshot taken before.
    /// </summary>
    [GeneratedRegex(@"\bdowntime\b[^\n.;]{0,80}?\b(?:as|while|when|because)\s+(?:the\s+|your\s+|its\s+)?(?:database|schema|data\s+store|datastore)\s+(?:is|are|gets?)\s+(?:being\s+)?(?:migrated|upgraded|converted)\b", StandaloneOptions, MatchBudget.Milliseconds)]
    private static partial Regex MigratedInDowntime();

    /// <summary>The notes speak of stored data: a database, a schema, a data directory or an on-disk format.</summary>
    [GeneratedRegex(@"\b(?:databases?|schemas?|data\s+(?:directory|dir|format|files?)|on[\s-]disk|storage\s+format|stored\s+data)\b", StandaloneOptions, MatchBudget.Milliseconds)]
    private static partial Regex DataNamed();

    [GeneratedRegex(@"\bby\s+(?:simply\s+)?starting\b | \b(?:on|at|upon|during)\s+(?:the\s+)?(?:first\s+)?start(?:up)?\b | \bwhen\s+(?:it\s+|the\s+(?:new\s+)?(?:server|daemon|service|version)\s+)?(?:first\s+)?start(?:s|ed)?\b
        | \b(?:automatically|itself)\s+(?:upgrad|migrat|convert)\w* | \b(?:upgrad|migrat|convert)\w*\s+(?:the\s+|its\s+|your\s+)?(?:database|data|schema|data\s+directory)\s+(?:automatically|itself)\b", StandaloneOptions, MatchBudget.Milliseconds)]
    private static partial Regex SelfUpgrade();
}
