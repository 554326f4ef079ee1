using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Core.Requests;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Core.Tests.Plans;

/// <summary>The rollback plan's own rules: six sections, numbered steps with checks, the flag off first, a snapshot restore for what cannot be reversed.</summary>
public sealed class RollbackValidatorTests
{
    private const string Destructive = "Drop the legacy users.password_md5 column";

    [Theory]
    [InlineData(Destructive, "login-v2", "production")]
    [InlineData("Fix the tooltip colour", null, "staging")]
    [InlineData("Rotate the Stripe API key; new STRIPE_WEBHOOK_SECRET", "payments-v3", "production")]
    [InlineData("Upgrade the Helm chart; backfill orders.total for old rows", null, "production")]
    public void Validate_TheOfflineRollbackPlan_PassesItsOwnRules(string notes, string? flag, string environment)
    {
        var input = Input(notes, flag, environment);

        var plan = RollbackPlanWriter.Write(input, "p1", 1);

        Assert.Empty(RollbackValidator.Validate(plan, input));
    }

    [Fact]
    public void Validate_FlagTurnedOffOnlyAfterTheRedeploy_BreaksFlagOffFirst()
    {
        var input = Input("Adds checkout-v2", "checkout-v2", "staging");
        var plan = RollbackPlanWriter.Write(input);
        var steps = plan.Steps.ToList();
        var flagStep = steps.Single(step => step.Action.Contains("checkout-v2", StringComparison.Ordinal));
        steps.Remove(flagStep);
        steps.Add(flagStep);

        var violations = RollbackValidator.Validate(plan with { Steps = steps }, input);

        Assert.Equal(RollbackRules.FlagOffFirst, Assert.Single(violations).Rule);
    }

    [Fact]
    public void Validate_NoSnapshotRestoreForADroppedColumn_BreaksSnapshotRestoreNamingIt()
    {
        var input = Input(Destructive, null, "staging");
        var plan = RollbackPlanWriter.Write(input);
        var steps = plan.Steps.Where(step => !step.Action.Contains("snapshot", StringComparison.Ordinal)).ToArray();

        var violation = Assert.Single(RollbackValidator.Validate(plan with { Steps = steps }, input));

        Assert.Equal(RollbackRules.SnapshotRestore, violation.Rule);
        Assert.Contains("users.password_md5", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Drop the unused index idx_orders_legacy_status on orders")]
    [InlineData("GDPR erasure: run erase_customers for 312 requests (batch DPO-77). deletes profile + addresses. irreversible")]
    public void Validate_DroppedIndexOrPersonalDataErasure_NeedsNoSnapshotRestore(string notes)
    {
        // An index comes back by creating it again; erased personal data must not come back at all.
        var input = Input(notes, null, "production");
        var plan = RollbackPlanWriter.Write(input);
        var steps = plan.Steps.Where(step => !step.Action.Contains("snapshot", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.Empty(RollbackValidator.Validate(plan with { Steps = steps }, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Restore", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ATableDroppedBesideARemovedSourceFile_AsksToRestoreTheTableOnly()
    {
        var input = Input("Drop the export_jobs table and remove `export_worker.py`", null, "staging");
        var plan = RollbackPlanWriter.Write(input);
        var steps = plan.Steps.Where(step => !step.Action.Contains("snapshot", StringComparison.OrdinalIgnoreCase)).ToArray();

        var violation = Assert.Single(RollbackValidator.Validate(plan with { Steps = steps }, input));

        Assert.Contains("restore export_jobs from the snapshot", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Drop index idx_sessions_user and truncate sessions")]
    [InlineData("Drop the search_idx index and delete stale documents from products_v1")]
    [InlineData("GDPR erasure for 40 requests, irreversible; also delete all rows in sessions_archive")]
    [InlineData("Drop `users.ts` (unused since 2.0)")]
    public void Validate_AnIndexErasureOrFileNameBesideRealDataLoss_StillOwesTheRestore(string notes)
    {
        // Only what destroys nothing (an index) or must stay gone (erased personal data) is exempt; the data beside it is not.
        var input = Input(notes, null, "production");
        var plan = RollbackPlanWriter.Write(input);
        var steps = plan.Steps.Where(step => !step.Action.Contains("snapshot", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.Contains(RollbackValidator.Validate(plan with { Steps = steps }, input), violation => violation.Rule == RollbackRules.SnapshotRestore);
        Assert.Empty(RollbackValidator.Validate(plan, input));
    }

    [Fact]
    public void Validate_EmptySectionNumberedBulletsAndAStepWithoutItsCheck_AreEachNamed()
    {
        var input = Input("Fix the tooltip colour", null, "staging");
        var plan = RollbackPlanWriter.Write(input);
        var broken = plan with
        {
            Triggers = [],
            Communication = ["1. Tell the channel."],
            Steps = [.. plan.Steps.Take(1), plan.Steps[1] with { Check = " " }],
        };

        var rules = RollbackValidator.Validate(broken, input).Select(v => v.Rule).ToArray();

        Assert.Equal([RollbackRules.SectionMissing(RollbackSections.Triggers), RollbackRules.StepIncomplete, RollbackRules.NumberedOutsideSteps], rules);
    }

    private static PlanningInput Input(string notes, string? flag, string environment) =>
        new(
            new DeploymentRequest(notes, environment, null, flag),
            new DeploymentEnvironment(environment, new EnvironmentOptions { Risk = environment == "production" ? RiskLevel.High : RiskLevel.Low }),
            now: new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
}
