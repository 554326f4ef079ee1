using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// Without FLAG, the flag the notes put the change behind is the one the plan ramps and switches off first; a flag the
/// release removes is never switched, a flag-only share change sets that share, and a ramp spread over days stops at
/// its first stage tonight.
/// </summary>
public sealed class NamedFlagPlanTests
{
    private static DeploymentPlan Plan(string notes, string? flag = null) => OfflinePlans.Production(notes, flag);


    [Theory]
    [InlineData("PAY-1234: switch card payments from Braintree to Adyen (behind adyen_checkout flag)\nPAY-1240: new ADYEN_API_KEY, ADYEN_MERCHANT_ACCOUNT env vars", "adyen_checkout")]
    [InlineData("saved carts behind flag saved_carts, canary 10% -> 50% -> 100% over 2 days. new table saved_carts, no changes to existing tables", "saved_carts")]
    [InlineData("MFA mandatory for admin role. new table user_mfa_devices. flag require_admin_mfa default off, ramp over the week", "require_admin_mfa")]
    public void CreatePlan_CodeBehindAFlagTheNotesName_RampsAndRollsBackWithThatFlag(string notes, string flag)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Summary, line => line.StartsWith("No feature flag was given", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith($"Enable {flag} for", StringComparison.Ordinal) || step.Action.StartsWith($"Raise {flag} to", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith($"First rollback: turn {flag} off", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_RampTheNotesSpreadOverDays_TakesOnlyItsFirstStageTonight()
    {
        var plan = Plan("saved carts behind flag saved_carts, canary 10% -> 50% -> 100% over 2 days. new table saved_carts, no changes to existing tables");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Raise saved_carts to 10%", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("saved_carts to 50%", StringComparison.Ordinal) || step.Action.StartsWith("Enable saved_carts for everyone", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, line => line.Contains("over 2 days", StringComparison.Ordinal) && line.Contains("(50% → 100%)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sec hotfix: /debug/pprof reachable from the internet via platform-gw. route removed from public listener, ENABLE_PPROF flag removed. internal debug port unaffected", "ENABLE_PPROF")]
    [InlineData("cleanup: flag new_checkout removed (100% since 11/02), old checkout code deleted", "new_checkout")]
    [InlineData("CORE-1023 Tech: remove feature flag old_checkout (100% on new since April)", "old_checkout")]
    public void CreatePlan_FlagTheReleaseRemoves_IsNeverRampedOrSwitchedOff(string notes, string flag)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains($"Enable {flag}", StringComparison.Ordinal) || step.Action.Contains($"Raise {flag}", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith($"First rollback: turn {flag} off", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FlagOnlyShareChange_SetsTheStatedShareWithNoRampFromOff()
    {
        var plan = Plan("flip new_checkout 5% -> 25%. no deploy");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Set new_checkout from 5% to 25%", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("Enable new_checkout for", StringComparison.Ordinal) || step.Action.Contains("rollout", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("First rollback: set new_checkout back to 5%", StringComparison.Ordinal));
    }
}
