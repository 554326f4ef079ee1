using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A datastore move (an encrypted copy, a cache engine change, a search migration) deploys no image, yet its
/// verification lists the smoke tests of the critical flows: a step runs them once the move is applied, before the watch.
/// </summary>
public sealed class DatastoreMoveSmokeTests
{
    public static TheoryData<string, string> Moves => new()
    {
        { "terraform: turn on storage encryption for reports-db. rds can't do that in place so: snapshot -> restore encrypted copy (new KMS key alias/reports-db) -> swap. ~20 min reports downtime. the CNAME apps use stays the same, no app config change", "Swap: rename" },
        { "terraform: turn on storage encryption for the aurora cluster orders-aurora. snapshot -> restore encrypted copy -> swap the cluster endpoint CNAME. ~30 min write downtime", "Swap: rename" },
        { "elasticache: sessions-cache redis 6.2 -> valkey 8.0, in-place engine change, REDIS_URL stays the same, clients tested in staging", "Change the engine of" },
        { "migrate redis 7.0 to valkey 7.2 on cache-main", "Change the engine of" },
        { "Migrate search from Elasticsearch 8.11 to Amazon OpenSearch 2.13: reindex the catalog index (~40 min), then swap the alias; rename ELASTIC_HOST to OPENSEARCH_HOST", "roll out the release" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void CreatePlan_DatastoreMove_RunsTheSmokeTestsItsVerificationListsAfterTheChangeAndBeforeTheWatch(string notes, string change)
    {
        var plan = OfflinePlans.Production(notes);
        var steps = plan.Steps.Select(step => step.Action).ToList();

        Assert.Contains(plan.Verification, line => line.StartsWith("Smoke tests", StringComparison.Ordinal));
        var smoke = Assert.Single(steps, action => action.Contains("smoke tests of the critical flows", StringComparison.Ordinal));
        int run = steps.IndexOf(smoke), applied = steps.FindIndex(action => action.Contains(change, StringComparison.Ordinal)), watch = steps.FindIndex(action => action.StartsWith("Watch", StringComparison.Ordinal) && action.Contains("before calling it done", StringComparison.Ordinal));
        Assert.True(applied >= 0 && applied < run && run < watch, string.Join("\n", steps));
    }

    [Fact]
    public void CreatePlan_SearchMigration_RunsTheSmokeTestsInItsOwnSearchCheckNotTwice()
    {
        var plan = OfflinePlans.Production("ES 8 to OpenSearch, reindex then flip the alias");

        var smoke = Assert.Single(plan.Steps, step => step.Reference == "tests/smoke/smoke.sh");
        Assert.Contains("search smoke queries", smoke.Action, StringComparison.Ordinal);
        Assert.Contains("smoke tests of the critical flows", smoke.Action, StringComparison.Ordinal);
    }
}
