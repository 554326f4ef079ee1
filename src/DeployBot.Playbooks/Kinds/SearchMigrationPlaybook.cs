using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Search moved from Elasticsearch to a new OpenSearch cluster (<see cref="SearchMigration"/>): the indices reindexed into
/// it while the old cluster keeps serving (ahead of the window when the reindex is longer than it), checked per index,
/// then readers switched: the alias on the new cluster, the setting that names it, and the release that reads that
/// setting, in that order. The old cluster and its setting stay as the way back.
/// </summary>
internal sealed class SearchMigrationPlaybook : IPlaybook
{
    /// <summary>Minutes the window needs beside the reindex: the check, the switch, the rollout and the watch.</summary>
    private const int CutOverMinutes = 75;

    public ChangeKind Kind => ChangeKind.SearchMigration;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.SearchMigration is not { } search)
        {
            yield break;
        }

        var cluster = $"the new {search.New} cluster is provisioned and green (`GET _cluster/health`), with the mappings, analyzers and templates of {search.IndexNames} created";
        yield return Automated(Phase.Snapshot, $"Take a snapshot of {search.SearchIndices} on {search.Old} (`PUT _snapshot/<repository>/pre-opensearch?wait_for_completion=true` with `\"indices\": \"{search.IndexList}\"`) and record its name in the thread", null, 5);
        if (BeforeWindow(facts, search))
        {
            yield return Manual(Phase.Expand, $"Confirm that {cluster}, and that the reindex of {search.IndexNames} into it, started ahead of the window (it takes {Reindex(facts, search)}, longer than the window), has finished without failed documents; re-run it for the documents changed since it started (by their updated-at time) so the new cluster has caught up, while {search.Old} keeps serving every read", null, 10);
        }
        else
        {
            yield return Manual(Phase.Prepare, $"Confirm that {cluster}, and that {search.Old} keeps serving every read", null, 5);
            yield return Automated(Phase.Expand, $"Reindex {search.IndexNames} into {search.New} ({Reindex(facts, search)}), throttled, while {search.Old} keeps serving; then re-run it for the documents changed since it started (by their updated-at time)", null, search.ReindexMinutes ?? 60);
        }

        yield return Manual(Phase.Switch, $"Before the switch, verify {search.New} against {search.Old}: `GET _cat/count/<index>` matches per index for {search.IndexNames} (within the documents changed in the last minutes), and a set of sample queries returns the same top results on both", null, 10);
        var alias = search.Alias ? $"point the read alias on {search.New} at the reindexed indices (`POST _aliases`), then " : string.Empty;
        var keys = search.NewKey is { } key
            ? $"set `{key}` to the {search.New} endpoint in {facts.Env}, keeping `{search.OldKey}` as it is (the previous release reads it: it is the way back)"
            : $"point the setting that names the search cluster at the {search.New} endpoint";
        yield return Automated(Phase.Switch, $"Switch readers, only after the check above passed: {alias}{keys}; record the switch time in the thread", facts.Paths.ConfigMap, 5);
        var reads = search.NewKey is { } read ? $"reads `{read}` (`{search.OldKey}` is no longer read, so it must not start before `{read}` is set)" : "reads the new cluster";
        yield return Automated(Phase.Switch, $"Record the image tag running now as the rollback target, then roll out the release that {reads}: a canary first, then every replica", facts.Paths.Deployment, 15);
        yield return Manual(Phase.AfterRollout, $"Run the smoke tests of the critical flows against {facts.Env} and search smoke queries through the application (a product search, the reviews on a product page), and check that the search rate on {search.New} rises while the one on {search.Old} drops to zero", facts.Paths.SmokeTests, 10);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var search = facts.SearchMigration;
        if (search is null)
        {
            yield break;
        }

        yield return BeforeWindow(facts, search)
            ? $"Search migration: the reindex of {search.IndexNames} into {search.New} ({Reindex(facts, search)}) does not fit the window, so it was started ahead of it and has finished; a snapshot of the search indices on {search.Old} can be taken, and {search.Old} stays running and untouched as the way back."
            : Rehearsal.IsRehearsal(facts)
            ? $"Search migration: {search.New} is provisioned; {Rehearsal.ThisRun(facts)}: time the reindex of {search.IndexNames}{(search.ReindexMinutes is null ? string.Empty : $" ({Reindex(facts, search)})")} and {Rehearsal.RecordTime}, since it decides whether production reindexes inside its window or ahead of it; a snapshot of the search indices on {search.Old} can be taken, and {search.Old} stays running and untouched as the way back."
            : $"Search migration: {search.New} is provisioned; the reindex of {search.IndexNames} ({Reindex(facts, search)}) was timed on staging and fits the window; a snapshot of the search indices on {search.Old} can be taken, and {search.Old} stays running and untouched as the way back.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        var search = facts.SearchMigration;
        var setting = search?.NewKey is { } key ? $"`{key}` in the running pods points at {search.New}; " : string.Empty;
        yield return $"Search: {setting}document counts per index match {search?.Old ?? "the old cluster"} for {search?.IndexNames ?? "every index"}; search latency and the share of searches with zero results match the baseline; {search?.Old ?? "the old cluster"} gets no more searches.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        var search = facts.SearchMigration;
        var (old, names) = (search?.Old ?? "the old cluster", search?.IndexNames ?? "every index");
        var setting = search?.OldKey is { } key ? $", which reads `{key}` (kept as it is)," : string.Empty;
        yield return $"Search rollback: roll back to the previous release{setting} so readers point back at {old}, kept running and untouched until verification passes. Documents indexed into {search?.New ?? "the new cluster"} since the switch (its time recorded) are not in {old}: re-index the {names} documents changed since then from the source of truth into {old}. The snapshot of the search indices is the way back only if {old}'s own indices are damaged.";
    }

    /// <summary>The reindex takes longer than the window leaves beside the cut-over: it runs ahead of the window.</summary>
    private static bool BeforeWindow(PlanFacts facts, SearchMigration search) =>
        search.ReindexMinutes is { } reindex && facts.WindowMinutes is { } window && reindex + CutOverMinutes > window;

    private static string Reindex(PlanFacts facts, SearchMigration search) =>
        search.ReindexMinutes is { } minutes ? $"~{(minutes % 60 == 0 ? $"{minutes / 60}h" : $"{minutes} min")}, as the notes say"
        : Rehearsal.IsRehearsal(facts) ? "not timed yet: this run times it" : "timed on staging";
}
