using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Retention that starts deleting stored history once the new version runs: its value is confirmed before the upgrade and
/// what must be kept exported, and the rollback says deleted history does not come back. Retention a release only offers
/// (a setting, a function) deletes nothing by being deployed.
/// </summary>
public sealed class RetentionDeletionTests
{
    private static readonly OfflinePlanner Planner = new();

    private static Core.Plans.DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    [Theory]
    [InlineData("## 3.1.0\n\n### Changed\n\n- Events older than 90 days are now purged automatically by the nightly cleanup job", "the 90 days retention")]
    [InlineData("## 2.0.0\n\n- Audit history is now deleted after `AUDIT_RETENTION_DAYS` (default 30) by the maintenance task", "`AUDIT_RETENTION_DAYS`")]
    public void RetentionThatStartsDeleting_IsConfirmedBeforeAndCannotBeRolledBack(string notes, string value)
    {
        var plan = Plan(notes);

        var confirm = Assert.Single(plan.Steps, step => step.Action.StartsWith("Before upgrading, confirm", StringComparison.Ordinal)).Action;
        Assert.Contains(value, confirm, StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => line.StartsWith("Retention cannot be undone", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 1.4.0\n\n### Added\n\n- Add `retention_days` option to configure how long logs are kept")]
    [InlineData("## [0.8.0]\n\n### Added\n- Add `ps_trace.set_trace_retention_period(INTERVAL)` function to set trace retention period [#1015]")]
    [InlineData("## 1.2.0\n\n- The data retention settings page now shows when the next cleanup runs")]
    public void RetentionOnlyOffered_DeletesNothing(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Retention cannot be undone", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Before upgrading, confirm", StringComparison.Ordinal));
    }
}
