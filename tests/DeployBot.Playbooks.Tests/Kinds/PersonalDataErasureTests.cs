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
        var plan = OfflinePlans.ValidProduction(Notes);

        Assert.Contains(plan.Rollback, line => line.Contains("brings the erased personal data back", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, line => line.StartsWith("Erasure: the data protection officer approved", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_GdprErasureBatch_RunsTheNamedJobForTheApprovedBatchNotABackfillOrContractStep()
    {
        var plan = OfflinePlans.ValidProduction(Notes);
        var steps = plan.Steps.Select(step => step.Action).ToArray();

        Assert.Contains(steps, step => step.StartsWith("Run the erasure job `erase_users` for the 1,840 requests of batch DPO-2026-12", StringComparison.Ordinal)
            && step.Contains("\"deletes profile + addresses, order PII anonymized (orders kept for tax)\"", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, step => step.Contains("backfill", StringComparison.OrdinalIgnoreCase) || step.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Data rollback", StringComparison.Ordinal) || line.Contains("\"profile\"", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Stop, not undo: at the first error", StringComparison.Ordinal));
        Assert.Contains(plan.Verification, line => line.Contains("looking the person up by user id and email finds nothing left", StringComparison.Ordinal));
        Assert.Contains(plan.NextActions, line => line.Contains("backups and snapshots taken before the run still hold the erased data", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ErasureTaskInBackticks_IsTheJobTheStepRuns()
    {
        var plan = OfflinePlans.ValidProduction("Run `bundle exec rake gdpr:erase_accounts` for 312 erasure requests (ticket PRIV-311): anonymises closed accounts' emails and phone numbers.");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Run the erasure job `bundle exec rake gdpr:erase_accounts` for the 312 erasure requests of batch PRIV-311", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_TableDroppedBesideAnErasure_KeepsItsContractStep()
    {
        var plan = OfflinePlans.ValidProduction("GDPR: running erase_users for 200 requests (batch DPO-2027-01), deletes profile rows. Also drop the legacy_sessions table.");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains("legacy_sessions", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Run the erasure job `erase_users`", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_GdprWordsWithoutAnErasureRun_AreNoErasureJob()
    {
        var plan = OfflinePlans.ValidProduction("GDPR: add the cookie consent banner and delete the old tracking cookie on sign-in");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("erasure job", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, line => line.StartsWith("Erasure:", StringComparison.Ordinal));
    }

    private const string Notes = "GDPR erasure backlog: running erase_users for 1,840 requests (batch DPO-2026-12). deletes profile + addresses, order PII anonymized (orders kept for tax). irreversible";

    [Fact]
    public void CreatePlan_BackfillOfOrdinaryData_HasNoErasureLines()
    {
        var plan = OfflinePlans.ValidProduction("backfill orders.currency from accounts.default_currency in batches (~18M rows)");

        Assert.DoesNotContain(plan.Rollback, line => line.Contains("personal data", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, line => line.StartsWith("Erasure:", StringComparison.Ordinal));
    }
}
