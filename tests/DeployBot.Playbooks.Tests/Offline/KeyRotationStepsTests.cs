using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>A signing key rotated through a JWKS: published first, signing switched after the notes' wait, the old kid retired later.</summary>
public sealed class KeyRotationStepsTests
{
    private const string JwtRotation = "rotate jwt signing key (kid 2026-11). new key published in jwks first, signing switches 1h later, old kid kept for verification 24h";

    private static DeploymentPlan Production(string notes) =>
        new OfflinePlanner().CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-23:30 CET", flag: null), null, 0, null);

    private static int IndexOf(DeploymentPlan plan, string start) =>
        plan.Steps.Select((step, index) => (step, index)).Single(pair => pair.step.Action.StartsWith(start, StringComparison.Ordinal)).index;

    [Fact]
    public void CreatePlan_JwksKeyRotation_PublishesTheNewKidBeforeSwitchingSigning()
    {
        var plan = Production(JwtRotation);

        var publish = IndexOf(plan, "Publish the new signing key (kid 2026-11) in the JWKS beside the current one");
        var switching = IndexOf(plan, "Once the new key (kid 2026-11) is in every verifier's JWKS cache, switch signing to it");
        Assert.True(publish < switching);
        Assert.Contains("at least 1h before the switch", plan.Steps[publish].Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_JwksKeyRotation_RetiresTheOldKidAfterTheNotesKeepTime()
    {
        var plan = Production(JwtRotation);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Schedule the removal of the old kid from the JWKS for after 24h, as the notes say", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Key rotation rollback: switch signing back to the old kid while it is still in the JWKS (kept 24h", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Auth rollback: the previous version brings", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_JwtAlgorithmChangeWithoutRotation_GetsNoRotationSteps()
    {
        var plan = Production("AUTH-88: JWT signing HS256 -> RS256, JWKS at /.well-known/jwks.json, old HS256 tokens accepted for 24h, JWT_SECRET removed after that");

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Publish the new signing key", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StripeKeyRotation_RollsTheKeyInTheDashboardWithAnExpiryFirst()
    {
        var plan = Production("rotate stripe key");

        var roll = IndexOf(plan, "Roll the key in the Stripe dashboard with an expiry on the old key");
        Assert.True(roll < IndexOf(plan, "Apply the new"));
    }
}
