using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The detailed rollback plan's part for a datastore move: where the way back is in the order of preference, and its
/// numbered steps with the check that each worked. The old store (the unencrypted instance, the old cluster) is what the
/// way back returns to; a cache engine change has none, so its way back is a new group from the backup.
/// </summary>
internal static class DatastoreMoveRollback
{
    public static string? Order(PlanFacts facts) =>
        facts.EncryptedCopy is { } copy ? $"swap the old unencrypted {copy.Unit} back in (kept until verification passes)"
        : facts.Is(ChangeKind.CacheEngine) ? "a new replication group of the old engine restored from the backup, with the apps repointed (the engine is not changed back in place)"
        : facts.Is(ChangeKind.SearchMigration) ? "redeploy the previous release, which reads the old search cluster (kept running)"
        : null;

    /// <summary>What must exist before the move starts for its way back (Rollback Readiness).</summary>
    public static IEnumerable<string> Artifacts(PlanFacts facts)
    {
        if (facts.EncryptedCopy is { } copy)
        {
            yield return $"the old unencrypted {copy.Unit}, kept with deletion protection";
        }

        if (facts.Is(ChangeKind.CacheEngine))
        {
            yield return "the name of the backup taken before the engine change";
        }

        if (facts.SearchMigration is { } search)
        {
            yield return $"the previous image tag, {(search.OldKey is { } old ? $"`{old}` as it is" : "the old search setting")}, the old cluster running and the snapshot of the search indices";
        }
    }

    public static IEnumerable<RollbackStep> Steps(PlanFacts facts)
    {
        if (facts.EncryptedCopy is { } copy)
        {
            yield return new($"Stop writes again (maintenance mode), then swap back: rename {copy.Name} (the encrypted copy) to {copy.CopyName} and {copy.OldName} back to {copy.Name}, or repoint the CNAME at the old {copy.Unit}; writes made on the encrypted copy since the swap are exported by timestamp and re-applied on the old one, or knowingly given up", null, StepMode.Manual, $"{EncryptedCopyCommands.Describe(copy, EncryptedCopyCommands.Id(copy))} shows the old {copy.Unit} (`StorageEncrypted: false`), apps connect and one test write lands on it");
        }

        if (facts.CacheEngine is { } cache)
        {
            yield return new($"Create a new {cache.Old} replication group from the backup taken before the change (`aws elasticache create-replication-group --engine {cache.From.ToLowerInvariant()}{(cache.FromVersion is { } version ? $" --engine-version {version}" : string.Empty)} --snapshot-name <backup>`), then repoint the apps' cache endpoint at it and restart them; keys written to {cache.Name} since the backup are not in it", null, StepMode.Manual, $"the new group reports {cache.Old} and `available`, the apps connect to it without errors and the cache hit rate recovers");
        }

        if (facts.SearchMigration is { } search)
        {
            var key = search.OldKey is { } old ? $", which reads `{old}` (kept as it is)" : string.Empty;
            yield return new($"Redeploy the previous image tag recorded before the rollout{key}, so searches go back to {search.Old}; then re-index the {search.IndexNames} documents changed since the switch (its time is in the thread) from the source of truth into {search.Old}", facts.Paths.Deployment, StepMode.Automated, $"every pod runs the previous tag, the search rate on {search.Old} is back and on {search.New} drops to zero, and sample queries return current results");
        }
    }
}
