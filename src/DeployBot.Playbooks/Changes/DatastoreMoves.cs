using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A datastore moved to a copy of itself or to another engine (<see cref="EncryptedCopy"/>, <see cref="CacheEngineChange"/>,
/// <see cref="SearchMigration"/>) is planned by its own playbook. The words that describe it read as other kinds too
/// ("KMS key" a secret, "redis 6.2 -> valkey 8.0" an image, a reindex a backfill of the database, "SEARCH_URL" a setting
/// applied before anything is reindexed), and those kinds' steps would contradict the move; they are left to it.
/// </summary>
internal static class DatastoreMoves
{
    /// <summary>The kinds the notes' move stands for replace those its words were also read as.</summary>
    public static void Narrow(HashSet<ChangeKind> kinds, string notes, ReleaseAnalysis analysis)
    {
        if (EncryptedCopy.Read(notes) is not null)
        {
            // Terraform drives the copy and swap here: its plan is reviewed in the move's own steps (a replace, not an edit).
            Replace(kinds, ChangeKind.EncryptedCopy, ChangeKind.Config, ChangeKind.Image, ChangeKind.Infra, ChangeKind.Switch, ChangeKind.Backfill, ChangeKind.Engine);
        }
        else if (CacheEngineChange.Read(notes) is not null)
        {
            Replace(kinds, ChangeKind.CacheEngine, ChangeKind.Config, ChangeKind.Image, ChangeKind.Infra, ChangeKind.Switch, ChangeKind.Engine);
        }
        else if (SearchMigration.Read(notes) is { } search)
        {
            // The old setting is kept for the way back (the previous release reads it): removing it is a follow-up, not a contract step tonight.
            if (search.OldKey is { } old && analysis.Destructive.All(item => item.Text.Contains(old, StringComparison.Ordinal)))
            {
                kinds.Remove(ChangeKind.Contract);
            }

            // The release that reads the renamed setting is rolled out by the move, after the setting is set and the indices are checked.
            Replace(kinds, ChangeKind.SearchMigration, ChangeKind.Config, ChangeKind.Image, ChangeKind.Backfill, ChangeKind.Switch, ChangeKind.Engine);
        }
    }

    /// <summary>The release moves a datastore: an encrypted copy, a cache engine change or a search migration.</summary>
    public static bool Any(IReadOnlySet<ChangeKind> kinds) =>
        kinds.Contains(ChangeKind.EncryptedCopy) || kinds.Contains(ChangeKind.CacheEngine) || kinds.Contains(ChangeKind.SearchMigration);

    /// <summary>
    /// A risk area the move's own playbook covers: encryption at rest is no sign-in change, a managed cache is no partner
    /// API, and a search cluster's indices are no database rows to snapshot.
    /// </summary>
    public static bool Explains(IReadOnlySet<ChangeKind> kinds, RiskArea area) => area switch
    {
        RiskArea.Auth => kinds.Contains(ChangeKind.EncryptedCopy) && !kinds.Contains(ChangeKind.Auth),
        RiskArea.External => kinds.Contains(ChangeKind.CacheEngine) && !kinds.Contains(ChangeKind.Payments),
        RiskArea.Data => kinds.Contains(ChangeKind.SearchMigration) && !kinds.Contains(ChangeKind.Schema),
        _ => false,
    };

    private static void Replace(HashSet<ChangeKind> kinds, ChangeKind move, params ChangeKind[] explained)
    {
        kinds.ExceptWith(explained);
        kinds.Add(move);
    }
}
