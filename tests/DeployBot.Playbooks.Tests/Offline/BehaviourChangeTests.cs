using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// "Change REQUEST_FILENAME and REQUEST_BASENAME behavior" (ModSecurity 3.0.12): the names are what the release treats
/// differently, not values to set; the plan checks what relies on them instead of applying them.
/// </summary>
public sealed class BehaviourChangeTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("## v3.0.12\n\n  - Change REQUEST_FILENAME and REQUEST_BASENAME behavior\n  - Set the minimum security protocol version for SecRemoteRules", "\"REQUEST_FILENAME\" and \"REQUEST_BASENAME\"")]
    [InlineData("## 4.2.1\n\n- Fixed the parsing of TRUSTED_PROXY_LIST with spaces", "\"TRUSTED_PROXY_LIST\"")]
    public void CreatePlan_ReleaseChangesHowANameBehaves_NothingIsAppliedAndWhatReliesOnItIsChecked(string notes, string named)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Record the current version of", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith($"Changed behaviour: this release changes how it treats {named}", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_KeySetBesideABehaviourWord_IsStillApplied()
    {
        var notes = "## 2.0.0\n\n- Set RETRY_BEHAVIOR_MODE=strict to keep the old retry behaviour";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains("RETRY_BEHAVIOR_MODE", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Changed behaviour", StringComparison.Ordinal));
    }

    /// <summary>Mailu 2024.06: a deprecated key the release ignores is not applied, and the plan says what stops with it.</summary>
    [Fact]
    public void CreatePlan_KeyTheReleaseIgnores_NotAppliedAndTheCheckSaysWhatStops()
    {
        var notes = "## 2024.06.0\n\nPOSTFIX_LOG_FILE has been deprecated and is ignored by Mailu. If POSTFIX_LOG_FILE was used, then refer to the new FAQ entry how to configure similar functionality.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("POSTFIX_LOG_FILE", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Ignored settings: this release no longer reads \"POSTFIX_LOG_FILE\"", StringComparison.Ordinal));
    }
}
