using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Validation;
using DeployBot.Testing.Plans;

namespace DeployBot.Core.Tests.Plans;

/// <summary>
/// The notes rule asks for an irreversible-rollback line where a destructive item destroys data. An index holds none: a
/// plan that drops only an index and says it is created again to go back is not sent back for repair; a table still is.
/// </summary>
public sealed class DroppedIndexRuleTests
{
    private static readonly DeploymentPlan Valid = PlanSamples.Valid;

    private static IReadOnlyList<string> Rules(string notes, DeploymentPlan plan)
    {
        var input = PlanInputs.ProductionInput(notes, flag: null);
        return [.. PlanValidator.Validate(plan with { Context = plan.Context with { Notes = notes, Flag = null } }, input).Select(violation => violation.Rule)];
    }

    private static DeploymentPlan Dropping(string name) => Valid with
    {
        Steps = [.. Valid.Steps, new PlanStep($"Contract step, after the rollout is verified: the database owner approves, then drop {name}", "db/migrations/", StepMode.Manual)],
        PreDeploymentChecks = [.. Valid.PreDeploymentChecks, "The database owner approved the contract step."],
        Rollback = ["Redeploy the previous image tag.", $"Dropping {name} is undone by creating it again from its recorded definition."],
    };

    [Fact]
    public void Validate_OnlyAnIndexDroppedAndRecreatedToGoBack_OwesNoIrreversibleLine()
    {
        Assert.DoesNotContain(PlanRules.DestructiveRollback, Rules("Drop the unused index idx_orders_legacy_status on orders", Dropping("idx_orders_legacy_status")));
    }

    [Fact]
    public void Validate_TableDroppedWithoutTheIrreversibleLine_StillOwesIt()
    {
        Assert.Contains(PlanRules.DestructiveRollback, Rules("Drop the legacy_sessions table", Dropping("legacy_sessions")));
    }

    [Theory]
    [InlineData("Drop the unused index idx_orders_legacy_status on orders", "idx_orders_legacy_status", true)]
    [InlineData("removing unused index sku_1_region_1 on products", "sku_1_region_1", true)]
    [InlineData("Drop table search_index (replaced by OpenSearch)", "search_index", false)]
    [InlineData("drop the backup_1 table", "backup_1", false)]
    public void IsIndex_WhatTheItemCallsItWinsOverHowTheNameReads(string item, string name, bool index)
    {
        Assert.Equal(index, StoredObjects.IsIndex(item, name));
    }
}
