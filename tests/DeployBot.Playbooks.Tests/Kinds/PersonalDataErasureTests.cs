using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// An erasure of personal data cannot be reversed, and its snapshot is no ordinary way back: restoring it brings back
/// what the law required to be erased, so the plan says so and asks for the data protection officer's approved list.
/// </summary>
public sealed class PersonalDataErasureTests
{
    [Fact]
    public void CreatePlan_GdprErasureBatch_SaysTheSnapshotBringsErasedDataBack()
    {
        var plan = OfflinePlans.ValidProduction("GDPR erasure backlog: running erase_users for 1,840 requests (batch DPO-2026-12). deletes profile + addresses, order PII anonymized (orders kept for tax). irreversible");

        Assert.Contains(plan.Rollback, line => line.Contains("brings the erased personal data back", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, line => line.StartsWith("Erasure: the data protection officer approved", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_BackfillOfOrdinaryData_HasNoErasureLines()
    {
        var plan = OfflinePlans.ValidProduction("backfill orders.currency from accounts.default_currency in batches (~18M rows)");

        Assert.DoesNotContain(plan.Rollback, line => line.Contains("personal data", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, line => line.StartsWith("Erasure:", StringComparison.Ordinal));
    }
}
