using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// An incident hotfix goes out now with the incident commander's go: no canary hold or sandbox rehearsal that pushes it
/// past its window, no way back to the broken value the incident is about, and no public status page for staging.
/// </summary>
public sealed class IncidentHotfixTests
{
    private static readonly OfflinePlanner Planner = new();

    private const string SecretIncident = "HOTFIX sev2: partner webhooks rejected since 08:15 UTC (INC-77). rotated PARTNER_HMAC_SECRET in vault, redeploy billing-api to pick it up. also adds logging to the webhook handler; the provider is Adyen.";

    private const string WindowText = "Sat 22:00-23:30 CET";

    private static DeploymentPlan Plan(Func<Core.Planning.PlanningInput> input) => Planner.CreatePlan(input(), null, 0, null);

    private static string Text(DeploymentPlan plan) =>
        string.Join('\n', plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification).Concat(plan.Rollback).Concat(plan.NextActions));

    [Fact]
    public void CreatePlan_IncidentHotfixThatShipsNoCode_AsksForTheChangeToBeReviewedNotForARegressionTest()
    {
        var plan = Plan(() => PlanInputs.ProductionInput(notes: "2am hotfix INC-7710. sessions-redis evicting login sessions. resized cache.r6g.large -> cache.r6g.xlarge and set maxmemory-policy volatile-lru. no code deploy", window: WindowText, flag: null));

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.Contains("regression test", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("No code ships in this hotfix", StringComparison.Ordinal));
        var code = Plan(() => PlanInputs.ProductionInput(notes: SecretIncident, window: WindowText, flag: null));
        Assert.Contains(code.PreDeploymentChecks, check => check.Contains("regression test for the fix", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_IncidentHotfixInAWindow_IsNotToldToAskForALongerWindow()
    {
        var plan = Plan(() => PlanInputs.ProductionInput(notes: SecretIncident, window: WindowText, flag: null));

        var text = Text(plan);
        Assert.DoesNotContain("longer window", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rather than rushing", text, StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Get the incident commander's go", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("as a canary", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("provider's sandbox", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("resend from the provider's dashboard the events that failed since the incident began", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_IncidentHotfixThatSetsASecret_NeverRollsBackToTheBrokenSecret()
    {
        var plan = Plan(() => PlanInputs.ProductionInput(notes: SecretIncident, window: WindowText, flag: null));

        Assert.DoesNotContain(plan.Rollback, line => line.Contains("re-apply the previous version", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("as the rollback target, and note when the old value", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Config rollback: none to the previous \"PARTNER_HMAC_SECRET\": it is the broken value the incident is about", StringComparison.Ordinal)
            && line.Contains("roll back the code only", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_IncidentRevertOfASetting_GoesBackToTheOldValueOnlyOnTheCommandersWord()
    {
        var plan = Plan(() => PlanInputs.ProductionInput(notes: "INC-901 hotfix: set QUEUE_CONCURRENCY back to 16 (yesterday's 4 starves the export jobs)", window: WindowText, flag: null));

        Assert.Contains(plan.Rollback, line => line.StartsWith("Config rollback: the previous \"QUEUE_CONCURRENCY\" is the value the incident is about", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("release image", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("rolling restart (no new image)", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_UrgentTicketedPatch_GetsTheCommandersGoAndNoCanaryHold()
    {
        var plan = Plan(() => PlanInputs.ProductionInput(notes: "URGENT (INC-3141): exports time out after the 2.4.1 deploy, fix the query in the export job", window: WindowText, flag: null));

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Get the incident commander's go", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("as a canary", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("the last image tag from before the incident", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_IncidentHotfixInStaging_LeavesThePublicStatusPageAlone()
    {
        var input = PlanInputs.StagingInput(notes: SecretIncident, window: "now");

        var plan = Planner.CreatePlan(input, null, 0, null);
        var rollbackPlan = new OfflineRollbackPlanner().Create(new Core.Planning.RollbackInput(input, plan, "p-1", 1), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Get the incident commander's go", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps.Take(3), step => step.Action.Contains("update the status page", StringComparison.Ordinal));
        Assert.DoesNotContain(rollbackPlan.Communication, line => line.Contains("status page", StringComparison.Ordinal));
    }
}
