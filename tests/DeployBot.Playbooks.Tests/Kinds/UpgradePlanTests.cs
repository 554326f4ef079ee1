using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// Upgrades read as the SRE who runs them at 2 a.m.: an engine-only pg_upgrade ships no chart or image and updates the
/// extensions it bumps once the new engine is up; Kafka's move off ZooKeeper is planned with the finalization as its point
/// of no return; a language runtime upgrade is an image rollout whose stated point of no return is in its rollback.
/// </summary>
public sealed class UpgradePlanTests
{
    private const string Ledger = "ledger db: pg 13 -> 16 via pg_upgrade --link on ledger-db-primary. window sun 02:00-04:00 CET, ledger-api goes read-only during it. replicas get rebuilt from the new primary after. pg_partman bumped to 5.x as part of it";
    private const string Orders = "upgrade orders-db postgres 14 to 16 with pg_upgrade, api read-only 30 min, bump pgvector to 0.7, rebuild the replicas from the new primary";
    private const string Kafka = "kafka 2.8 -> 3.7 on the events cluster + moving off zookeeper to KRaft. rolling restart, inter.broker.protocol.version pinned to 2.8 until every broker is on 3.7, then we bump it. consumers need client >= 2.4 — checked, all ok except legacy-reporting which gets upgraded first (separate deploy, before this one)";
    private const string Scoring = "ml-scoring: python 3.9 -> 3.12, numpy 2.0, pandas 2.2. pickled models re-exported with protocol 5 — artifacts in s3://ml-models/v3/ won't load on the old image, so no rollback to the 3.9 image once v4 models are live";

    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    private static string Steps(DeploymentPlan plan) => string.Join("\n", plan.Steps.Select(step => step.Action));

    [Theory]
    [InlineData(Ledger)]
    [InlineData(Orders)]
    public void CreatePlan_EngineOnlyPgUpgrade_PlansNoChartOrImageWork(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("helm", StringComparison.OrdinalIgnoreCase)
            || step.Action.Contains("canary", StringComparison.Ordinal) || step.Action.Contains("release image", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("previous image tag", StringComparison.Ordinal) || line.StartsWith("Infrastructure rollback", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Ledger, "ALTER EXTENSION pg_partman UPDATE")]
    [InlineData(Orders, "ALTER EXTENSION vector UPDATE")]
    public void CreatePlan_ExtensionBumpedWithPgUpgrade_IsUpdatedAfterTheNewEngineIsUp(string notes, string update)
    {
        var plan = Plan(notes);

        int upgrade = Index(plan, "then start PostgreSQL 16"), alter = Index(plan, update);
        Assert.True(upgrade >= 0 && alter > upgrade, Steps(plan));
        Assert.True(Index(plan, "Check that `SELECT extversion FROM pg_extension") > alter, Steps(plan));
        var package = Index(plan, "package built for PostgreSQL 16");
        Assert.True(package >= 0 && package < Index(plan, "--check` against the running"), Steps(plan));
    }

    [Fact]
    public void CreatePlan_PgPartmanToMajor5_ChecksThatPartitionMaintenanceStillRuns()
    {
        var plan = Plan(Ledger);

        var maintenance = Index(plan, "partition maintenance still runs");
        Assert.True(maintenance > Index(plan, "ALTER EXTENSION pg_partman UPDATE"), Steps(plan));
        Assert.Contains(plan.Steps, step => step.Action.Contains("trigger-based partitioning", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ServiceNamedAsTheDatabasesClient_IsNoDatabaseToAnalyze()
    {
        var plan = Plan(Ledger);

        var analyze = Assert.Single(plan.Steps, step => step.Action.Contains("ANALYZE", StringComparison.Ordinal)).Action;
        Assert.Contains("ledger-db-primary", analyze, StringComparison.Ordinal);
        Assert.DoesNotContain("ledger-api", analyze, StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.Contains("no write reaches \"ledger-db-primary\"", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ReadOnlyPeriodTheNotesDoNotTime_IsAnEstimateNotARehearsal()
    {
        var plan = Plan(Ledger);

        var start = plan.Steps[Index(plan, "Start the read-only period")].Action;
        Assert.DoesNotContain("as rehearsed", start, StringComparison.Ordinal);
        Assert.Contains("estimate", start, StringComparison.Ordinal);
        Assert.Contains("staging rehearsal", start, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Kafka)]
    [InlineData("kafka 3.5 -> 3.7 on the orders cluster, then migrate to kraft")]
    [InlineData("Upgrade Kafka brokers 3.6 to 3.7 on the payments cluster. Next we move the cluster from ZooKeeper to KRaft mode.")]
    public void CreatePlan_KafkaMovedToKraft_PlansTheMigrationWithFinalizationAsThePointOfNoReturn(string notes)
    {
        var plan = Plan(notes);

        int controllers = Index(plan, "zookeeper.metadata.migration.enable=true"), finalize = Index(plan, "finalize (the point of no return)");
        Assert.True(controllers > Index(plan, "one broker at a time") && finalize > controllers, Steps(plan));
        Assert.True(Index(plan, "raise the feature version") < controllers, Steps(plan));
        Assert.Contains(plan.Rollback, line => line.StartsWith("KRaft migration rollback", StringComparison.Ordinal)
            && line.Contains("until the controllers are finalized", StringComparison.Ordinal) && line.Contains("point of no return", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ClientUpgradedInASeparateDeployFirst_IsAGoNoGoNotAStep()
    {
        var plan = Plan(Kafka);

        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Go/no-go", StringComparison.Ordinal) && check.Contains("legacy-reporting", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("legacy-reporting", StringComparison.Ordinal) || step.Action.Contains("release image", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Scoring)]
    [InlineData("node 18 -> 22 for web-api, rebuild image")]
    public void CreatePlan_LanguageRuntimeUpgrade_IsAnImageRollout(string notes)
    {
        var plan = Plan(notes);

        Assert.True(Index(plan, "canary") >= 0, Steps(plan));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the change the notes describe", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StatedPointOfNoReturn_GoNoGoBeforeItAndNoWayBackInTheRollback()
    {
        var plan = Plan(Scoring);

        int publish = Index(plan, "`s3://ml-models/v4/`"), goNoGo = Index(plan, "Go/no-go before v4 models are live"), canary = Index(plan, "canary");
        Assert.True(publish >= 0 && publish < goNoGo && goNoGo < canary, Steps(plan));
        Assert.Contains("do not overwrite or delete `s3://ml-models/v3/`", plan.Steps[publish].Action, StringComparison.Ordinal);
        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Point of no return", StringComparison.Ordinal));
        Assert.Contains("the 3.9 image cannot load", rollback, StringComparison.Ordinal);
        Assert.Contains("`s3://ml-models/v3/`", rollback, StringComparison.Ordinal);
        Assert.Contains("only forward", rollback, StringComparison.Ordinal);
    }

    /// <summary>Mailu 2024.06: the moment comes first ("once you have upgraded to 2024.06, you won't be able to roll-back to earlier versions").</summary>
    [Theory]
    [InlineData("## 2024.06.0\n\nFor the upgrade create a new mailu.env file.\n\nPlease note that once you have upgraded to 2024.06, you won't be able to roll-back to earlier versions.", "the upgrade to 2024.06", "earlier versions")]
    [InlineData("## 5.0.0\n\nAfter the schema conversion runs, you cannot downgrade to 4.x.", "the schema conversion runs", "4.x")]
    public void CreatePlan_PointOfNoReturnStatedMomentFirst_VersionRollbackOnlyUntilThen(string notes, string when, string old)
    {
        var plan = Plan(notes);

        Assert.True(Index(plan, $"Go/no-go before {when}") >= 0, Steps(plan));
        Assert.Contains(plan.Rollback, line => line.StartsWith($"Point of no return (from the notes): no rollback to {old} once {when}", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith($"Version rollback, only until {when}", StringComparison.Ordinal));
    }
}
