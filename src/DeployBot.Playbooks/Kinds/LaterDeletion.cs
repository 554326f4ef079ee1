using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A deletion the notes put off until a wait or a condition: "delete products_v2 after 48h", "order-events (v1) deleted once
/// consumers drain it", "old key scheduled for deletion … once job reports 0 rows on old key", "the static user dropped
/// after". It is a follow-up with its own approval, not a step of this window, and it ends the way back for what it
/// deletes: the plan says so, with the gate that must hold first. A job that "deletes … after 90 days" states a rule, not
/// a deletion put off, and is not one.
/// </summary>
/// <param name="Clause">The notes' own words for the deletion, quoted in the plan.</param>
/// <param name="Of">What it deletes, for the gate and the way back.</param>
internal sealed partial record LaterDeletion(string Clause, LaterDeletionKind Of)
{
    /// <summary>The deletions put off in <paramref name="item"/>.</summary>
    public static IReadOnlyList<LaterDeletion> In(string item) =>
        [.. ReleaseAnalyzer.LaterDeletions(item).Select(clause => From(clause, item))];

    /// <summary>A deletion put off, worded as <paramref name="clause"/>, of the kind its words (or its item's) say.</summary>
    public static LaterDeletion From(string clause, string item) => new(clause, KindOf(clause, item));

    /// <summary>The rollback line: not in this window, cannot be reversed, the gate before it and the way back until then.</summary>
    public string Line => $"Later deletion, as the notes put it (\"{Clause}\"): a follow-up with its own approval, not a step of this window. {Of switch
    {
        LaterDeletionKind.Key => $"Disabling or deleting the old key cannot be reversed for what it encrypted: every row still encrypted with it, and the snapshot taken before the re-encryption (its rows are encrypted with the old key), can no longer be read. Gate: {Gate}; until then the way back is that snapshot with the old key still enabled, and a deletion still pending can be cancelled.",
        LaterDeletionKind.Topic => $"Deleting the topic cannot be reversed: the messages still in it are gone and the previous version cannot consume from it again. Gate: {Gate}; until then the way back is rolling the producers back to it.",
        LaterDeletionKind.Index => $"Deleting the old index cannot be reversed: after it, the alias can no longer be switched back, and the way back is rebuilding the index from the source or restoring a snapshot of it taken right before the deletion (record its id). Gate: {Gate}; until then the way back is switching the alias back.",
        LaterDeletionKind.Credential => $"Dropping it cannot be reversed by redeploying the previous version, which signs in with it: after it, the way back is re-creating it with a new password and putting that in the secret. Gate: {Gate}.",
        _ => $"It cannot be reversed, and redeploying the previous version does not bring it back: take a snapshot right before it and record its id: restoring that snapshot is the only way back after it, losing writes made since. Gate: {Gate}.",
    }}";

    /// <summary>What must hold before the deletion ("the alias points at the new index and nothing queries the old one").</summary>
    public string Gate => Of switch
    {
        LaterDeletionKind.Key => "a count of rows still encrypted with the old key returns 0 before the key is disabled or scheduled for deletion",
        LaterDeletionKind.Topic => "every consumer group's lag on it is 0 and nothing has produced to it since the switch",
        LaterDeletionKind.Index => "the alias points at the new index and nothing queries the old one",
        LaterDeletionKind.Credential => "no session or connection still uses it (the database's session list over a day) before it is dropped",
        LaterDeletionKind.Table => "nothing has read or written it since the switch (its scan and write counters, `pg_stat_user_tables` or the engine's equivalent, read at the switch and again right before the deletion, have not moved)",
        _ => "nothing still uses what it deletes",
    };

    private static LaterDeletionKind KindOf(string clause, string item) =>
        Key().IsMatch(clause) ? LaterDeletionKind.Key
        : Credential().IsMatch(clause) ? LaterDeletionKind.Credential
        : Stored().IsMatch(clause) ? LaterDeletionKind.Table
        : Topic().IsMatch(clause) || Topic().IsMatch(item) ? LaterDeletionKind.Topic
        : Index().IsMatch(clause) || Index().IsMatch(item) ? LaterDeletionKind.Index
        : LaterDeletionKind.Other;

    [GeneratedRegex(@"\b(?:kms|keys?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Key();

    /// <summary>A user, role or credential; not a table or column named after one ("the old users.name column").</summary>
    [GeneratedRegex(@"(?<![\w.])(?:users?|roles?|logins?|accounts?\s+for|passwords?|creds|credentials?)\b(?!\.\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Credential();

    [GeneratedRegex(@"\b(?:topics?|queues?|streams?|consumers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Topic();

    /// <summary>A table, column or database the clause deletes: "drop table orders_v1 after 48h, once the pool has drained" is no topic.</summary>
    [GeneratedRegex(@"\b(?:tables?|columns?|schemas?|databases?|buckets?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Stored();

    [GeneratedRegex(@"\b(?:index|indices|indexes|reindex\w*|alias(?:es)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Index();
}

/// <summary>What a deletion put off deletes: its gate and its way back differ.</summary>
internal enum LaterDeletionKind
{
    /// <summary>Something stored, or of no kind the notes make clear.</summary>
    Other,

    /// <summary>An encryption key: deleting it makes what it encrypted unreadable, snapshots included.</summary>
    Key,

    /// <summary>A topic or queue: its messages go with it.</summary>
    Topic,

    /// <summary>A search index behind an alias.</summary>
    Index,

    /// <summary>A table, column or database: its rows go with it.</summary>
    Table,

    /// <summary>A database user, role or credential.</summary>
    Credential,
}
