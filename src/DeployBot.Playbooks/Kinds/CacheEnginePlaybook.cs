using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A managed cache moved to another engine in place (<see cref="CacheEngineChange"/>): a backup first, clients that
/// reconnect through the one failover, the engine changed on the replication group (its endpoint stays, so nothing in
/// the apps is applied or restarted), the blip watched. The engine cannot be changed back in place: the way back is a new
/// group of the old engine restored from the backup, with the apps repointed.
/// </summary>
internal sealed class CacheEnginePlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.CacheEngine;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.CacheEngine is not { } change)
        {
            yield break;
        }

        yield return Manual(Phase.Prepare, Rehearsal.IsRehearsal(facts)
            ? $"Check that every client of {change.Name} reconnects after a failover (retries on dropped connections and `READONLY` errors) and uses no command {change.New} lacks; {Rehearsal.Proves(facts, change.New)}"
            : $"Confirm that every client of {change.Name} reconnects after a failover (retries on dropped connections and `READONLY` errors, as tested in staging against {change.New}) and uses no command {change.New} lacks", null, 5);
        var backup = change.Managed
            ? $"`aws elasticache create-snapshot --replication-group-id {change.Id} --snapshot-name {change.Id}-pre-{change.To.ToLowerInvariant()}`, wait until it is `available`, and record its name"
            : "`BGSAVE` on the primary, wait until `LASTSAVE` changes, copy the RDB file off the hosts, and record where the copy is";
        yield return Automated(Phase.Snapshot, $"Back up {change.Name} before the engine change: {backup} in the thread (it is the only way back to {change.Old})", null, 10);
        var command = change.Managed
            ? $"`aws elasticache modify-replication-group --replication-group-id {change.Id} --engine {change.To.ToLowerInvariant()}{(change.ToVersion is { } version ? $" --engine-version {version}" : string.Empty)} --apply-immediately` (or the reviewed IaC change that sets the same)"
            : $"the tool that manages {change.Name}";
        yield return Automated(Phase.Upgrade, $"Change the engine of {change.Name} from {change.Old} to {change.New} with {command}, and wait until the group is `available` again; its endpoint stays{Kept(facts)}, so nothing is applied to the apps and nothing restarts", null, 20);
        yield return Manual(Phase.Upgrade, $"Watch the failover blip while it happens: connection errors and reconnects in the apps' logs, cache hit rate, evictions and latency (`CurrConnections`, `CacheHitRate`, `Evictions`, `EngineCPUUtilization`); connection errors must stop within a few minutes of the failover", null, 10);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var change = facts.CacheEngine;
        var (old, @new) = (change?.Old ?? "the old engine", change?.New ?? "the new engine");
        var rehearsed = Rehearsal.IsRehearsal(facts)
            ? $"{Rehearsal.ThisRun(facts)}: run the change from {old} to {@new} with the clients and settings production uses, time the engine change and the failover blip, and record both in the thread as the production estimate"
            : $"the change from {old} to {@new} was run on a staging group with the same clients";
        yield return $"Cache engine change: {rehearsed}; a backup (snapshot) of {change?.Name ?? "the replication group"} can be taken now, and everyone running it knows the engine cannot be changed back in place.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        var change = facts.CacheEngine;
        yield return $"Cache engine: `aws elasticache describe-replication-groups --replication-group-id {change?.Id ?? "<replication-group-id>"}` reports {change?.New ?? "the new engine"} and status `available`; connection errors are back to zero, the cache hit rate is back to its baseline and evictions did not rise.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        var change = facts.CacheEngine;
        var (old, name) = (change?.Old ?? "the old engine", change?.Name ?? "the replication group");
        yield return $"Cache engine rollback: the engine change is not reversed in place ({change?.New ?? "the new engine"} cannot be modified back to {old}). The way back is a new {old} replication group restored from the backup taken before the change (its name recorded), with the apps repointed at its endpoint ({(UnchangedSettings.Of(facts.Names.Keys, facts.Notes) is { Count: > 0 } kept ? $"{Wording.Code(kept)} changes then" : "their connection setting changes then")}, with a restart); keys written to {name} since the backup are not in it.";
    }

    /// <summary>" (`REDIS_URL` unchanged, as the notes say)": the setting the notes keep is named where the plan relies on it.</summary>
    private static string Kept(PlanFacts facts) =>
        UnchangedSettings.Of(facts.Names.Keys, facts.Notes) is { Count: > 0 } kept ? $" ({string.Join(", ", kept.Select(key => $"`{key}`"))} unchanged, as the notes say)" : string.Empty;
}
