using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// Search moved from Elasticsearch to a new OpenSearch cluster: the indices reindexed while the old cluster serves (ahead
/// of the window when the reindex is longer than it), counts checked per index, and only then the renamed setting set
/// and the release that reads it rolled out. The old cluster and its setting are the way back; the snapshot is of the
/// search indices, never "a database snapshot".
/// </summary>
public sealed class SearchMigrationPlanTests
{
    private const string Notes = """
        search: Elasticsearch 7.17 -> OpenSearch 2.11
        - full reindex of products + reviews indices into the new cluster (~3h), search keeps reading the old cluster until alias swap
        - ES_URL renamed to SEARCH_URL (old name not read anymore)
        - kibana dashboards not migrated, will redo in opensearch dashboards later
        """;

    private const string Paraphrase = "Migrate search from Elasticsearch 8.11 to Amazon OpenSearch 2.13: reindex the catalog index (~40 min), then swap the alias; rename ELASTIC_HOST to OPENSEARCH_HOST";

    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData(Notes, "`products` and `reviews`")]
    [InlineData("ES 8 to OpenSearch, reindex then flip the alias", "every search index")]
    public void CreatePlan_SearchMigration_SnapshotsTheSearchIndicesNotADatabase(string notes, string indices)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps.Select(step => step.Action).Concat(plan.PreDeploymentChecks), line => line.Contains("database snapshot", StringComparison.OrdinalIgnoreCase) || line.Contains("snapshot of the database", StringComparison.OrdinalIgnoreCase));
        Assert.True(Index(plan, $"snapshot of {(indices.StartsWith('`') ? "the search indices " : string.Empty)}{indices}") >= 0, string.Join("\n", plan.Steps.Select(step => step.Action)));
    }

    [Theory]
    [InlineData(Notes, "SEARCH_URL")]
    [InlineData(Paraphrase, "OPENSEARCH_HOST")]
    public void CreatePlan_SearchMigration_SetsTheNewSettingOnlyAfterTheReindexIsVerifiedAndBeforeTheReleaseReadsIt(string notes, string key)
    {
        var plan = Plan(notes);

        int verify = Index(plan, "`GET _cat/count/<index>` matches per index"), set = Index(plan, $"set `{key}` to the OpenSearch"), release = Index(plan, $"roll out the release that reads `{key}`");
        Assert.True(verify >= 0 && verify < set && set < release, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.DoesNotContain(plan.Steps.Take(verify), step => step.Action.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ReindexLongerThanTheWindow_RunsAheadOfItAndTheWindowCutsOver()
    {
        // Two hours hold the cut-over (check, switch, rollout, smoke tests, watch), never the ~3h reindex.
        var plan = OfflinePlans.ValidProduction(Notes, window: "Sat 21:30-23:30 CET");

        Assert.Contains(plan.Steps, step => step.Action.Contains("started ahead of the window", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, line => line.Contains("does not fit the window, so it was started ahead of it", StringComparison.Ordinal));
        // The ~3h reindex is not counted in the window: only the cutover is (whether that leaves room to roll back is the window's own rule).
        Assert.DoesNotContain(plan.Summary, line => line.Contains("minutes but the steps add up to", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_SearchMigration_RollbackPointsBackAtTheKeptClusterAndFollowUpsKeepWhatTheNotesPutOff()
    {
        var plan = Plan(Notes);

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Search rollback:", StringComparison.Ordinal));
        Assert.Contains("reads `ES_URL` (kept as it is)", rollback, StringComparison.Ordinal);
        Assert.Contains("Elasticsearch 7.17, kept running", rollback, StringComparison.Ordinal);
        Assert.Contains("changed since then from the source of truth", rollback, StringComparison.Ordinal);
        Assert.Contains(plan.NextActions, line => line.Contains("kibana dashboards not migrated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reindex products index with the new analyzer, then swap the alias products -> products_v2")]
    [InlineData("Upgrade Elasticsearch 7.17 -> 8.11 on search-main, rolling restart node by node")]
    public void CreatePlan_NoMoveToOpenSearch_GetsNoSearchMigrationSteps(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("OpenSearch", StringComparison.Ordinal));
    }
}
