using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Dropping an unused index ships no code: the plan is the contract step on its own, with no image rollout, no "after
/// the rollout" and no snapshot id to hand over (the index's definition is its way back). A table dropped by a migration
/// of the release still rolls the release out.
/// </summary>
public sealed class IndexOnlyDropTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_UnusedIndexDropped_RunsTheContractStepWithoutARollout()
    {
        var input = PlanInputs.ProductionInput("Drop the unused index idx_orders_legacy_status on orders.", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var contract = Assert.Single(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("rollout of the new version", StringComparison.Ordinal));
        Assert.DoesNotContain("after the rollout", contract, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("snapshot ids", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("snapshot ids", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_TableDroppedByTheReleasesMigration_StillRollsTheReleaseOut()
    {
        var input = PlanInputs.ProductionInput("receipts + order emails now use sendgrid dynamic templates. email_templates table dropped (migration 0061_delete_emailtemplate). template ids in code", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.Contains("rollout of the new version", StringComparison.Ordinal));
    }
}
