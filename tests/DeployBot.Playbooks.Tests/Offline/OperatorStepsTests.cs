using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>What upgrade notes ask the operator to do by hand is a step of the plan, pointed at by its line in the notes.</summary>
public sealed class OperatorStepsTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_NotesAskTheOperatorToAct_EachRequestIsAStepAtItsLine()
    {
        var notes = """
            # 7.2 Upgrade notes

            - Reports now group by team.
            - A new export of the reporting tables is required after the upgrade.
            - Before upgrading, you must grant the `REPORT_ADMIN` permission to the service account.
            """;
        var input = PlanInputs.ProductionInput(notes: notes, flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var after = Assert.Single(plan.Steps, step => step.Action.Contains("line 4 of the notes", StringComparison.Ordinal));
        var before = Assert.Single(plan.Steps, step => step.Action.Contains("line 5 of the notes", StringComparison.Ordinal));
        Assert.StartsWith("Once the new version runs", after.Action, StringComparison.Ordinal);
        Assert.StartsWith("Before the rollout", before.Action, StringComparison.Ordinal);
        Assert.Contains("REPORT_ADMIN", before.Action, StringComparison.Ordinal);
        Assert.True(plan.Steps.ToList().IndexOf(before) < plan.Steps.ToList().FindIndex(step => step.Action.Contains("rollout of version 7.2", StringComparison.Ordinal)));
        Assert.True(plan.Steps.ToList().IndexOf(after) > plan.Steps.ToList().FindIndex(step => step.Action.Contains("rollout of version 7.2", StringComparison.Ordinal)));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Upgrade steps: lines 4 and 5 of the notes ask", StringComparison.Ordinal));
        // A permission is granted to someone, not a setting applied to the deployment.
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("Apply the new", StringComparison.Ordinal) && step.Action.Contains("REPORT_ADMIN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Added diagnostic logging for slow checks; no operator action is required.")]
    [InlineData("- Fix: the nightly export is required to finish before midnight again")]
    [InlineData("This is a major release. Please make sure to review these changes before upgrading.")]
    [InlineData("- You no longer need to run `reindex` after upgrading.")]
    public void CreatePlan_NothingAskedOfTheOperator_AddsNoUpgradeStep(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("asks of the operator", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Upgrade steps:", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_NotesAskToRotateASecret_TheConfigStepsDoItWithoutASecondStep()
    {
        var notes = "Drop the legacy users.password_md5 column. Before upgrading, you must rotate the SESSION_SIGNING_KEY.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains("SESSION_SIGNING_KEY", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("asks of the operator", StringComparison.Ordinal));
    }
}
