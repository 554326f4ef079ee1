using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A schema change whose upgrade path the notes give as a second installation beside the running one is no in-place
/// expand: the new one gets its own databases, data is written to both, and the old one, never migrated, is the way
/// back until it is decommissioned. A schema change without such a path still runs its expand migration.
/// </summary>
public sealed class ParallelUpgradeTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return plan;
    }

    [Theory]
    [InlineData("## v2.0.0\n\n### Breaking Changes\n\n- Database schema rewrite: the ClickHouse and PostgreSQL schemas have been completely rewritten.\n\n### Migration Guide\n\nThe recommended upgrade path is to run a separate v2.x instance in parallel with your existing v1.x instance: write data to both instances, validate the new instance, and switch over when sufficient data has been collected in the new instance.", "v1.x instance")]
    [InlineData("## 3.0.0\n\n### Breaking\n\n- The database schema was redesigned and old tables are not migrated.\n\n### Upgrading\n\nInstall 3.0 as a second cluster side by side with the old one, send data to both, then cut over once it has caught up.", "existing cluster")]
    public void CreatePlan_ParallelUpgradePath_StandsUpTheNewOneAndKeepsTheOldAsTheWayBack(string notes, string old)
    {
        var plan = Plan(notes);
        var actions = plan.Steps.Select(step => step.Action).ToList();

        Assert.DoesNotContain(actions, action => action.StartsWith("Run the expand", StringComparison.Ordinal));
        Assert.Contains(actions, action => action.Contains("its own, new databases", StringComparison.Ordinal) && action.Contains(old, StringComparison.Ordinal));
        Assert.Contains(actions, action => action.Contains("write data to both instances", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("the expand part is backwards compatible", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains($"switching back to the {old}", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ParallelUpgradePath_DeploysTheNewInstanceOnItsOwnAndNeverCanariesTheRunningOne()
    {
        var plan = Plan("## v2.0.0\n\n### Breaking Changes\n\n- Database schema rewrite: the ClickHouse and PostgreSQL schemas have been completely rewritten.\n\n### Migration Guide\n\nThe recommended upgrade path is to run a separate v2.x instance in parallel with your existing v1.x instance: write data to both instances, validate the new instance, and switch over when sufficient data has been collected in the new instance.");
        var actions = plan.Steps.Select(step => step.Action).ToList();

        Assert.Contains(actions, action => action.StartsWith("Deploy version 2.0.0 as the v2.x instance: a separate deployment", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, action => action.Contains("canary", StringComparison.OrdinalIgnoreCase) || action.Contains("to all replicas", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("kubectl rollout undo", StringComparison.Ordinal) || line.Contains("down-migrations", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, line => line.Contains("as a v2.x instance beside the v1.x instance", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("expand/contract", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_InPlaceSchemaChange_StillRunsTheExpandMigration()
    {
        var plan = Plan("## 2.3.0\n\n- Add nullable column `users.nickname`; a new instance of the search index is built in the background.");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Run the expand migration", StringComparison.Ordinal));
    }
}
