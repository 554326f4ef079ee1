using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Changes;

/// <summary>
/// A setting the notes keep as it is ("same DATABASE_URL", "REDIS_URL unchanged") makes no config change: nothing is
/// applied or restarted for it and the summary does not call the release one. A payments provider's key named in capitals
/// (STRIPE_SECRET_KEY) is a payments change.
/// </summary>
public sealed class KeptSettingsTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    [Fact]
    public void CreatePlan_NotesKeepTheirOnlySetting_NoConfigChangeInSummaryOrSteps()
    {
        var plan = Plan("postgres 12 -> 16 for orders-db. blue/green via logical replication, cutover = ~2 min read-only while writes drain. old cluster kept 7 days for fallback. app unchanged, same DATABASE_URL (pgbouncer repoint)");

        Assert.DoesNotContain("config/secret change", plan.Summary[0], StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("DATABASE_URL", StringComparison.Ordinal) && step.Action.StartsWith("Apply", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Config rollback", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_NotesChangeTheSetting_StillAConfigChange()
    {
        var plan = Plan("DATABASE_URL now points at the new pgbouncer pool orders-pool-2");

        Assert.Contains("config/secret change", plan.Summary[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rotate STRIPE_SECRET_KEY")]
    [InlineData("ADYEN_API_KEY rotated, old one revoked on Friday")]
    public void CreatePlan_ProviderKeyInCapitals_IsAPaymentsChange(string notes)
    {
        var plan = Plan(notes);

        Assert.Contains("a payments change", plan.Summary[0], StringComparison.Ordinal);
    }
}
