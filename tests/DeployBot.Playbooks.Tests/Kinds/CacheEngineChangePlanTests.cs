using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A managed cache moved from Redis to Valkey in place: a backup of the replication group first, the engine changed on
/// the group (its endpoint stays: no image, no REDIS_URL applied, no restart), the failover blip watched; the engine
/// cannot be changed back in place, so the way back is a new Redis group restored from the backup.
/// </summary>
public sealed class CacheEngineChangePlanTests
{
    private const string Notes = "elasticache cache-main: redis 6.2 -> valkey 8.0 (in-place engine change). aws says no downtime, expect one failover blip. REDIS_URL unchanged";

    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData(Notes, "cache-main", "--engine valkey --engine-version 8.0")]
    [InlineData("Switch sessions-cache from Redis OSS 7.1 to Valkey 8.0 on ElastiCache (engine upgrade, one failover)", "sessions-cache", "--engine valkey --engine-version 8.0")]
    public void CreatePlan_CacheEngineChange_BacksUpTheGroupThenModifiesItsEngine(string notes, string group, string engine)
    {
        var plan = Plan(notes);

        int backup = Index(plan, $"create-snapshot --replication-group-id {group}"), change = Index(plan, $"modify-replication-group --replication-group-id {group} {engine}");
        Assert.True(backup >= 0 && backup < change, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.True(Index(plan, "failover blip") > change);
    }

    [Theory]
    [InlineData(Notes)]
    [InlineData("migrate redis 7.0 to valkey 7.2 on sessions-cache")]
    public void CreatePlan_CacheEngineChange_BuildsNoImageAndRestartsNothing(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("image", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("rolling restart", StringComparison.Ordinal) || step.Action.Contains("Apply the new", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_CacheEngineChange_RollbackSaysTheEngineIsNotChangedBackInPlace()
    {
        var plan = Plan(Notes);

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Cache engine rollback:", StringComparison.Ordinal));
        Assert.Contains("not reversed in place", rollback, StringComparison.Ordinal);
        Assert.Contains("a new Redis 6.2 replication group restored from the backup", rollback, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("previous image", StringComparison.Ordinal));
    }

    [Fact]
    public void RollbackPlan_CacheEngineChange_RestoresANewGroupOfTheOldEngineNotThePreviousImage()
    {
        var input = PlanInputs.ProductionInput(notes: Notes, window: "Sat 22:00-23:30 CET", flag: null);

        var rollback = RollbackPlanWriter.Write(input);

        Assert.Empty(RollbackValidator.Validate(rollback, input));
        Assert.Contains(rollback.Steps, step => step.Action.Contains("--engine redis --engine-version 6.2 --snapshot-name <backup>", StringComparison.Ordinal));
        Assert.DoesNotContain(rollback.Steps, step => step.Action.Contains("previous image", StringComparison.Ordinal));
        Assert.Contains(rollback.Summary, line => line.Contains("the engine is not changed back in place", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bump redis from 4.6 to 5.0")]
    [InlineData("Release 4.2.0: new checkout page, faster product list")]
    public void CreatePlan_NoEngineChange_GetsNoValkeySteps(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("Valkey", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("modify-replication-group", StringComparison.Ordinal));
    }
}
