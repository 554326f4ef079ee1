using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What upgrade notes ask to be done before the upgrade, in whatever words they say it, is a step before the rollout;
/// done afterwards it comes too late (containers stop, the server does not start, hydration writes into the repository root).
/// </summary>
public sealed class OperatorTimingTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    // Dokku 0.30's migration guide: an intermediate upgrade, said with "prior to" a version and its consequence in the next sentence.
    [InlineData("# 0.30.0 Migration Guide\n\n> **Important**: Due to the removal of `DOKKU_SCALE` support, users with a version older than 0.25.x are heavily encouraged to upgrade to 0.29.x prior to 0.30.x. Not doing so will result in all app containers stopping on rebuild due to having no scale settings.", 3)]
    [InlineData("# 0.30.0\n\n- Installs on 0.24 must first upgrade to 0.29.x.", 3)]
    [InlineData("# 0.30.0\n\n- You must upgrade to 0.29.x first.", 3)]
    // Graylog 6.0's upgrade notes: the consequence of not acting is the next item.
    [InlineData("Upgrading to Graylog 6.0.x\n==========================\n\n## Breaking Changes\n\n- All plugins must be adjusted to work with Graylog 6.x. **Incompatible plugins will break the server startup.**", 6)]
    [InlineData("## 6.0\n\n- Make sure all plugins are updated to their 6.x releases, or the server will fail to start.", 3)]
    // Argo CD 3.2's upgrade notes: the section says the old form is no longer supported.
    [InlineData("## Hydration paths must now be non-root\n\nUsing the repository root is no longer supported.\nThese applications must be updated to use a subdirectory path, such as `apps/guestbook`.", 4)]
    [InlineData("## 3.2\n\n- Ensure every application uses a non-root hydration path before you upgrade.", 3)]
    [InlineData("## 3.2\n\n- You need to run `argocd admin migrate-paths` ahead of the upgrade.", 3)]
    public void CreatePlan_NotesSayToActBeforeTheUpgrade_StepComesBeforeTheRollout(string notes, int line)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-23:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var steps = plan.Steps.ToList();
        var action = steps.FindIndex(step => step.Action.Contains($"line {line} of the notes", StringComparison.Ordinal) && AsksTheOperator(step));
        var rollout = steps.FindIndex(step => step.Action.Contains("rollout of", StringComparison.Ordinal));
        Assert.True(action >= 0, string.Join("\n", steps.Select(step => step.Action)));
        Assert.StartsWith("Before the rollout", steps[action].Action, StringComparison.Ordinal);
        Assert.True(rollout < 0 || action < rollout, $"step {action + 1} is not before the rollout (step {rollout + 1})");
    }

    [Theory]
    [InlineData("## 7.0\n\n- After upgrading, you must run `occ maintenance:repair` first.")]
    [InlineData("## 7.0\n\n- Once the upgrade is done, you need to re-index the search tables.")]
    [InlineData("## 7.0\n\nThe old query syntax is no longer supported.\n- After upgrading, you must update the saved searches to the new syntax.")]
    public void CreatePlan_NotesSayToActAfterTheUpgrade_StepStaysAfterTheRollout(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        var action = Assert.Single(plan.Steps, AsksTheOperator);
        Assert.StartsWith("Once the new version runs", action.Action, StringComparison.Ordinal);
    }

    /// <summary>The step for what the notes ask: in the plan's words, or the command the notes give, verbatim.</summary>
    private static bool AsksTheOperator(PlanStep step) =>
        step.Action.Contains("ask of the operator", StringComparison.Ordinal) || step.Action.Contains("as the notes give it", StringComparison.Ordinal);

    [Fact]
    public void CreatePlan_ActionOnlyForInstallsOlderThanAVersion_ChecksTheRunningVersionBeforeTheRollout()
    {
        var notes = "# 0.30.0 Migration Guide\n\n> **Important**: Due to the removal of `DOKKU_SCALE` support, users with a version older than 0.25.x are heavily encouraged to upgrade to 0.29.x prior to 0.30.x.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        var check = Assert.Single(plan.Steps, step => step.Action.Contains("line 3 of the notes", StringComparison.Ordinal));
        Assert.StartsWith("Before the rollout, check the version running now", check.Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Authentication required to use API browser\n\nUsers now have to log in before visiting the API browser. No particular permissions are required.")]
    [InlineData("## Upgrading to v4.1.2\n\n- No configuration or secret changes are required.")]
    [InlineData("## 2.4.62\n\n- Users are recommended to upgrade to version 2.4.62, which fixes this issue.")]
    public void CreatePlan_NotesRuleOutAnAction_AddsNoUpgradeStep(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("asks of the operator", StringComparison.Ordinal));
    }
}
