using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>What a datastore move leaves for after tonight: the old store retired, the old setting removed, what the notes put off.</summary>
internal static class DatastoreMoveFollowUps
{
    public static IEnumerable<string> For(PlanFacts facts)
    {
        if (facts.EncryptedCopy is { } copy)
        {
            yield return $"Follow-up (ops/SRE with the database owner), not in this window: delete the old unencrypted {copy.Unit} {copy.OldName}{(copy.Cluster ? " (its instances first)" : string.Empty)} and its unencrypted snapshots as their own change with its own approval, once the encrypted {copy.Name} has run long enough that nobody will swap back; it cannot be undone.";
        }

        if (facts.SearchMigration is { } search)
        {
            var key = search.OldKey is { } old ? $", remove `{old}`" : string.Empty;
            yield return $"Follow-up (ops/SRE), once rollback is no longer needed: retire {search.Old}{key}, and keep the snapshot of the search indices until then.";
            foreach (var later in search.Later)
            {
                yield return $"Follow-up, not in this window: \"{later}\" as the notes put it.";
            }
        }
    }
}
