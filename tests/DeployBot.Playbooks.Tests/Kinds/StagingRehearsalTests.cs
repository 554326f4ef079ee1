using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// In staging the plan IS the rehearsal for production: its checks and steps say what this run must prove and time
/// for production, never that the change "was run on a staging group" or "tested in staging" already. Production
/// plans keep relying on that rehearsal.
/// </summary>
public sealed class StagingRehearsalTests
{
    private const string Valkey = "elasticache: sessions-cache redis 6.2 -> valkey 8.0, in-place engine change, REDIS_URL stays the same, clients tested in staging";

    public static TheoryData<string> Changes => new()
    {
        Valkey,
        "migrate redis 7.0 to valkey 7.2 on cache-main",
        "enable encryption at rest on orders-db via encrypted snapshot copy and cutover",
        "terraform: turn on storage encryption for the aurora cluster orders-aurora. snapshot -> restore encrypted copy -> swap the cluster endpoint CNAME. ~30 min write downtime",
        "ES 8 to OpenSearch, reindex then flip the alias",
        "Upgrade PostgreSQL 13 -> 16 on orders-db",
        "ledger db: pg 13 -> 16 via pg_upgrade --link on ledger-db-primary. pg_partman bumped to 5.x as part of it",
        "kafka 2.8 -> 3.7 on the events cluster, rolling restart",
        "bump pgvector to 0.7 on orders-db",
    };

    private static readonly string[] AsIfStagingHappened =
        ["was run on a staging", "tested in staging", "rehearsed on a staging", "rehearsed on staging", "timed on staging", "the time the staging rehearsal took", "as rehearsed:"];

    private static DeploymentPlan Staging(string notes) =>
        new OfflinePlanner().CreatePlan(PlanInputs.StagingInput(notes: notes, window: OfflinePlans.EveningWindow), null, 0, null);

    private static IEnumerable<string> ChecksAndSteps(DeploymentPlan plan) => plan.PreDeploymentChecks.Concat(plan.Steps.Select(step => step.Action));

    [Theory]
    [MemberData(nameof(Changes))]
    public void CreatePlan_Staging_SaysWhatThisRunMustProveForProductionNotThatStagingHappened(string notes)
    {
        var plan = Staging(notes);

        Assert.DoesNotContain(ChecksAndSteps(plan), line => AsIfStagingHappened.Any(phrase => line.Contains(phrase, StringComparison.Ordinal)));
        Assert.Contains(plan.PreDeploymentChecks, line => line.Contains("this staging run is the rehearsal for production", StringComparison.Ordinal) && line.Contains("as the production estimate", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StagingCacheEngineChange_TimesTheChangeAndProvesTheClients()
    {
        var plan = Staging(Valkey);

        Assert.Contains(plan.PreDeploymentChecks, line => line.StartsWith("Cache engine change:", StringComparison.Ordinal) && line.Contains("time the engine change and the failover blip", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("`READONLY` errors", StringComparison.Ordinal) && step.Action.Contains("this staging run proves it against Valkey 8.0 before production", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ProductionCacheEngineChange_KeepsRelyingOnTheStagingRun()
    {
        var plan = OfflinePlans.ValidProduction(Valkey);

        Assert.Contains(plan.PreDeploymentChecks, line => line.Contains("was run on a staging group with the same clients", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("as tested in staging against Valkey 8.0", StringComparison.Ordinal));
    }
}
