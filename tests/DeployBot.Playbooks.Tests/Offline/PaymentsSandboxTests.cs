using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The provider's sandbox is tried with the settings of the environment below production: production's settings are live
/// keys, never a sandbox's, and in a staging plan that run is the staging one itself.
/// </summary>
public sealed class PaymentsSandboxTests
{
    private static readonly OfflinePlanner Planner = new();

    private const string Notes = "stripe: switch checkout to Payment Intents API; webhook /hooks/stripe, STRIPE_WEBHOOK_SECRET rotated";

    [Fact]
    public void CreatePlan_ProductionPaymentsChange_RehearsesInTheSandboxWithStagingSettings()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(Notes, "Sat 22:00-02:00 CET", null), null, 0, null);

        var sandbox = Assert.Single(plan.Steps, step => step.Action.Contains("provider's sandbox", StringComparison.Ordinal)).Action;
        Assert.DoesNotContain("applied in production", sandbox, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_StagingPaymentsChange_IsItsOwnRehearsal()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput(Notes), null, 0, null);

        // One sandbox transaction, in staging, after the change is applied there: a second sandbox run before it proved nothing more.
        var sandbox = Assert.Single(plan.Steps, step => step.Action.Contains("provider's sandbox", StringComparison.Ordinal)).Action;
        Assert.Contains("in staging", sandbox, StringComparison.Ordinal);
        Assert.Contains(plan.Steps.TakeWhile(step => step.Action != sandbox), step => step.Action.Contains("rollout", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("Apply", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StagingPaymentsChange_ChecksTheSandboxAccountNotTheLiveOne()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput(Notes), null, 0, null);

        var payments = Assert.Single(plan.PreDeploymentChecks, check => check.StartsWith("Payments:", StringComparison.Ordinal));
        Assert.DoesNotContain("live account", payments, StringComparison.Ordinal);
        Assert.Contains("sandbox account staging uses", payments, StringComparison.Ordinal);
    }
}
