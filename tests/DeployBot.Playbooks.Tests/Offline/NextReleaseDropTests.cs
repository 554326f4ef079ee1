using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A rename whose old name the notes drop only in a later release keeps the old name tonight: the new name is made to
/// exist beside it before the rollout, no contract step drops it, and its drop is a follow-up that cannot be undone.
/// </summary>
public sealed class NextReleaseDropTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("- Rename column users.name to users.full_name.\n- The old users.name column will be dropped in the next release.")]
    [InlineData("- Rename column users.name to users.full_name; the old column is dropped in the next release.")]
    [InlineData("Renamed `users.name` to `users.full_name`. We will remove users.name in a future version, once all clients have upgraded.")]
    public void CreatePlan_OldNameDroppedInALaterRelease_NotDroppedTonight(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        Assert.Contains(actions, action => action.StartsWith("Before the rollout, make \"users.full_name\" exist beside \"users.name\"", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, action => action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, action => action.Contains("snapshot right before the contract step", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("which this release keeps", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Later deletion", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.Contains(plan.NextActions, action => action.StartsWith("Follow-up (ops/SRE with the data owner), not in this window", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("planned as contract steps", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_OldColumnNotNamedInTheDropSentence_TheFollowUpNamesIt()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: "Rename column users.name to users.full_name. The old column will be dropped in the next release.", window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

        Assert.Contains(plan.NextActions, action => action.StartsWith("Follow-up", StringComparison.Ordinal) && action.Contains("The old column [users.name] will be dropped", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Later deletion", StringComparison.Ordinal) && line.Contains("[users.name]", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_SomethingElseRemovedInAFutureRelease_RenameStillContractedTonight()
    {
        // A vendor's deprecation of another thing puts off nothing of the rename.
        var notes = "- Rename column users.name to users.full_name.\n- The legacy_tokens option is deprecated and will be removed in a future release.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains("drop \"users.name\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Later deletion", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ColumnOfAUsersTableDroppedLater_IsNoCredential()
    {
        var notes = "- Rename column users.name to users.full_name. The old users.name column will be dropped after 48h.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        var later = Assert.Single(plan.Rollback, line => line.StartsWith("Later deletion", StringComparison.Ordinal));
        Assert.DoesNotContain("signs in with it", later, StringComparison.Ordinal);
        Assert.Contains("restoring that snapshot", later, StringComparison.Ordinal);
    }
}

/// <summary>A renamed setting: its new name is set where the old one is, and the old one stays until verification passes.</summary>
public sealed class RenamedSettingTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("## 3.0.0\n\n- Rename `error_handler` settings to `on_error`.", "error_handler", "on_error")]
    [InlineData("## 3.0.0\n\n- Renamed the SMTP_HOST setting to MAIL_HOST.", "SMTP_HOST", "MAIL_HOST")]
    public void CreatePlan_RenamedSetting_NewNameSetBesideTheOldOne_OldOneNeverApplied(string notes, string old, string renamed)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith($"Find every deployment that still sets \"{old}\"", StringComparison.Ordinal)
            && step.Action.Contains($"set \"{renamed}\" there too", StringComparison.Ordinal) && step.Action.Contains("the code that configures the service", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("access logs", StringComparison.Ordinal) && step.Action.Contains(old, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains($"\"{old}\"", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith($"Renamed setting (\"{old}\" to \"{renamed}\")", StringComparison.Ordinal));
    }
}
