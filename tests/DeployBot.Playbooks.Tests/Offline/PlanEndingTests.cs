using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// How a plan ends, as an experienced SRE would write it: the watch as long as the change's risk needs (a secret rotation
/// fits a 90-minute window, a drop keeps its 30 minutes), one snapshot for a lone drop, no image tag to keep when no image
/// ships, and an incident's fix watching its own symptom.
/// </summary>
public sealed class PlanEndingTests
{
    private static readonly OfflinePlanner Planner = new();

    private const string WindowText = "Sat 22:00-23:30 CET";

    private const string SecretIncident = "HOTFIX sev2: partner webhooks rejected since 08:15 UTC (INC-77). rotated PARTNER_HMAC_SECRET in vault, redeploy billing-api to pick it up. also adds logging to the webhook handler; the provider is Adyen.";

    private static DeploymentPlan Production(string notes, string window = WindowText) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: window, flag: null), null, 0, null);

    private static PlanStep WatchStep(DeploymentPlan plan) => Assert.Single(plan.Steps, step => step.Action.StartsWith("Watch ", StringComparison.Ordinal));

    [Fact]
    public void CreatePlan_SecretRotationOnly_FitsTheWindowWithAShortWatch()
    {
        var plan = Production("rotate stripe key");

        Assert.Contains("for 15 minutes", WatchStep(plan).Action, StringComparison.Ordinal);
        Assert.Contains(plan.Summary, line => line.Contains("minutes to roll back if needed", StringComparison.Ordinal) && !line.Contains("leaving 0 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_CopyFixWithNoRisk_WatchesFifteenMinutes()
    {
        var plan = Production("fix typo on pricing page (recieve -> receive)");

        Assert.EndsWith("for 15 minutes before calling it done (~15 min)", WatchStep(plan).Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_ProductionDrop_KeepsTheThirtyMinuteWatch()
    {
        var plan = Production("drop users.password_md5");

        Assert.Contains("for 30 minutes", WatchStep(plan).Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_LoneDrop_TakesOneSnapshotRightBeforeTheContractStep()
    {
        var plan = Production("drop users.password_md5");

        var snapshot = Assert.Single(plan.Steps, step => step.Action.StartsWith("Take a ", StringComparison.Ordinal) && step.Action.Contains("snapshot", StringComparison.Ordinal));
        Assert.StartsWith("Take a snapshot right before the contract step for \"users.password_md5\"", snapshot.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_DropBesideAnAdditiveColumn_KeepsTheSnapshotBeforeTheExpandMigration()
    {
        var plan = Production("add nullable column orders.note; drop users.password_md5");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Take a database snapshot right before the first data change", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Take a snapshot right before the contract step", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ConfigOnlyChange_IsNotCalledAnImageRolloutAndKeepsNoImageTag()
    {
        var plan = Production("rotate stripe key");

        Assert.DoesNotContain(plan.Summary, line => line.Contains("image rollout", StringComparison.Ordinal) || line.Contains("redeploying the previous version", StringComparison.Ordinal));
        var close = plan.Steps[^1].Action;
        Assert.StartsWith("Announce completion", close, StringComparison.Ordinal);
        Assert.DoesNotContain("image tag", close, StringComparison.Ordinal);
        Assert.Contains("the previous config version", close, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateRollbackPlan_ConfigOnlyChange_RedeploysNoImage()
    {
        var input = PlanInputs.ProductionInput(notes: "rotate stripe key", window: WindowText, flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);

        var rollback = new OfflineRollbackPlanner().Create(new Core.Planning.RollbackInput(input, plan, "p-1", 1), null, 0, null);

        var text = string.Join('\n', rollback.Summary.Concat(rollback.Steps.Select(step => step.Action)));
        Assert.DoesNotContain("image tag", text, StringComparison.Ordinal);
        Assert.DoesNotContain("redeploy the previous version", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_IncidentHotfix_WatchesTheIncidentsSymptomBriefly()
    {
        var plan = Production(SecretIncident);

        var watch = WatchStep(plan).Action;
        Assert.Contains("symptom that opened the incident INC-77", watch, StringComparison.Ordinal);
        Assert.Contains("for 15 minutes", watch, StringComparison.Ordinal);
        Assert.Contains("the last image tag from before the incident", plan.Steps[^1].Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_IncidentHotfixLongerThanItsWindow_IsNotToldToAskForALongerWindow()
    {
        var plan = Production(SecretIncident, "Sat 22:00-22:30 CET");

        Assert.DoesNotContain(plan.Summary, line => line.Contains("longer window", StringComparison.Ordinal) || line.Contains("split the release", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, line => line.Contains("tell the incident commander", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_IncidentHotfixInStaging_ClosesWithoutTheStatusPage()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput(notes: SecretIncident, window: "now"), null, 0, null);

        Assert.DoesNotContain("status page", plan.Steps[^1].Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateRollbackPlan_IncidentSecret_NeverReappliesTheBrokenValue()
    {
        var input = PlanInputs.ProductionInput(notes: SecretIncident, window: WindowText, flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);

        var rollback = new OfflineRollbackPlanner().Create(new Core.Planning.RollbackInput(input, plan, "p-1", 1), null, 0, null);

        var text = string.Join('\n', rollback.Summary.Concat(rollback.Steps.Select(step => step.Action)));
        Assert.DoesNotContain("previous config", text, StringComparison.Ordinal);
        Assert.Contains("the last image tag from before the incident", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_PatchTiedToAnIncident_ComparesWithTheBaselineFromBeforeTheIncident()
    {
        var input = PlanInputs.ProductionInput(notes: "URGENT (INC-3141): exports time out after the 2.4.1 deploy, fix the query in the export job", window: WindowText, flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);

        var rollback = new OfflineRollbackPlanner().Create(new Core.Planning.RollbackInput(input, plan, "p-1", 1), null, 0, null);

        Assert.Contains(plan.Verification, line => line.StartsWith("Pass: ", StringComparison.Ordinal) && line.Contains("the baseline from before the incident", StringComparison.Ordinal));
        Assert.Contains(rollback.Triggers, line => line.StartsWith("Who decides: the incident commander", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_SeveralServicesInOrder_WatchesLongerThanASingleCopyFix()
    {
        var plan = Production("deploy order matters:\n1. ledger-svc (adds /v2/balances)\n2. api-gateway (routes /balances to v2)\n3. web (reads new shape)\nthen remove /v1/balances from ledger next week, not in this one");

        Assert.Contains("for 20 minutes", WatchStep(plan).Action, StringComparison.Ordinal);
    }
}
