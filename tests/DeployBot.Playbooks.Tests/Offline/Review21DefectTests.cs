using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 21: plan defects seen in real changelog excerpts (Fresh17 and others), each in short notes modelled on the
/// excerpt, asserting the plan text an operator reads at 2 a.m.
/// </summary>
public sealed class Review21DefectTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    private static IEnumerable<string> Actions(DeploymentPlan plan) => plan.Steps.Select(step => step.Action);

    private static string Dump(DeploymentPlan plan) =>
        string.Join("\n", plan.Summary.Concat(plan.PreDeploymentChecks).Concat(Actions(plan)).Concat(plan.Verification)
            .Concat(plan.Rollback).Concat(plan.NextActions));

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// (convoy 26.7.3) The new version drops the invalid indexes itself at boot: no contract step asks the operator to drop
    /// them; the snapshot is taken before the rollout, verification checks the deletion happened, and the rollback says it
    /// cannot be reversed.
    /// </summary>
    [Theory]
    [InlineData("## 4.3.0\n\n### Breaking Changes\n\n- Boot now drops any index Postgres left invalid and rebuilds it in the background, rather than leaving it until the next `migrate`. Dropping an invalid unique index gives up that constraint until the rebuild finishes: watch `convoy utils indexes` until every index is valid again.")]
    [InlineData("## 2.0.0\n\n### Breaking\n\n- The legacy `sessions_v1` table is dropped automatically on startup; sessions in it are lost.")]
    public void DeletionTheNewVersionMakesItself_IsSnapshottedBeforeTheRolloutAndVerified_NotAContractStep(string notes)
    {
        var plan = Plan(notes);
        var steps = Actions(plan).ToList();

        Assert.DoesNotContain(steps, action => action.StartsWith("Contract step", StringComparison.Ordinal));
        var before = steps.FindIndex(action => Has(action, "the new version itself deletes") && Has(action, "snapshot right before the rollout"));
        var rollout = steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal));
        Assert.True(before >= 0 && rollout > before, Dump(plan));
        Assert.Contains(plan.Verification, line => Has(line, "the deletion the new version makes itself") && Has(line, "happened"));
        Assert.Contains(plan.Rollback, line => Has(line, "cannot be reversed") && Has(line, "snapshot taken right before the rollout"));
    }

    /// <summary>An operator's own drop ("drop table legacy_sessions") stays a contract step after the rollout.</summary>
    [Fact]
    public void DropTheOperatorRuns_StaysAContractStep()
    {
        var plan = Plan("## 2.0.0\n\n### Breaking\n\n- Drop table `legacy_sessions` (unused since 1.8).");

        Assert.Contains(Actions(plan), action => action.StartsWith("Contract step", StringComparison.Ordinal) && Has(action, "legacy_sessions"));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "the new version itself deletes"));
    }
}
