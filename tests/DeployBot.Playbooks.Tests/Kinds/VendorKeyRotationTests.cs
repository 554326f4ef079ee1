using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A Stripe API key rotated however the notes word it: rolled in the dashboard with an expiry on the old key, the new
/// secret stored and picked up by a restart, one real test charge and its webhook with the new key, nothing built, and
/// the old key as the way back only until it expires.
/// </summary>
public sealed class VendorKeyRotationTests
{
    private static DeploymentPlan Production(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-23:30 CET", flag: null);
        var plan = new OfflinePlanner().CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return plan;
    }

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    private static string Steps(DeploymentPlan plan) => string.Join("\n", plan.Steps.Select(step => step.Action));

    [Theory]
    [InlineData("rotate stripe key")]
    [InlineData("rotate the Stripe API key")]
    [InlineData("rotate STRIPE_SECRET_KEY")]
    [InlineData("STRIPE_SECRET_KEY rotation for payments-api")]
    public void CreatePlan_StripeKeyRotation_RollsAtTheDashboardThenRestartsThenChargesWithTheNewKey(string notes)
    {
        var plan = Production(notes);

        int roll = Index(plan, "Roll the key in the Stripe dashboard with an expiry on the old key"), apply = Index(plan, "Apply the new"),
            restart = Index(plan, "with a rolling restart (no new image)"), charge = Index(plan, "live test charge");
        Assert.True(roll >= 0 && roll < apply && apply < restart && restart < charge, Steps(plan));
        Assert.Contains("webhook was delivered and acknowledged", plan.Steps[charge].Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rotate stripe key")]
    [InlineData("rotate the Stripe API key")]
    [InlineData("rotate STRIPE_SECRET_KEY")]
    public void CreatePlan_StripeKeyRotation_BuildsNothingAndNamesTheKey(string notes)
    {
        var plan = Production(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("release build", StringComparison.OrdinalIgnoreCase)
            || step.Action.Contains("sandbox", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("image tag", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("settings and secrets", Steps(plan), StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains("Stripe", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("rotate stripe key")]
    [InlineData("rotate STRIPE_SECRET_KEY")]
    public void CreatePlan_StripeKeyRotation_RollbackIsTheOldKeyOnlyUntilItExpires(string notes)
    {
        var plan = Production(notes);

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Key rollback:", StringComparison.Ordinal));
        Assert.Contains("only while the old key has not expired", rollback, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Config rollback:", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StripeKeyRotationWithStatedRevocation_KeepsTheNotesDeadline()
    {
        var plan = Production("Rotate the Stripe secret key (STRIPE_SECRET_KEY) for payments-api; no new image. The old key is revoked on Friday.");

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Key rollback:", StringComparison.Ordinal));
        Assert.Contains("on Friday, as the notes say", rollback, StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Restart payments-api", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_PaymentsCodeRelease_StillRehearsesTheReleaseBuildInTheSandbox()
    {
        var plan = Production("payments-api 2.4.0: new Stripe checkout flow with 3DS2 (deploy payments-api)");

        Assert.Contains(plan.Steps, step => step.Action.Contains("sandbox with the release build", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Roll the key in the Stripe dashboard", StringComparison.Ordinal));
    }
}
