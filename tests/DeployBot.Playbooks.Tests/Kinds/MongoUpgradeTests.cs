using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A MongoDB replica set is upgraded member by member with its featureCompatibilityVersion left where it was: the
/// binaries can go back until it is raised, and raising it is a separate, final follow-up after the soak.
/// </summary>
public sealed class MongoUpgradeTests
{
    private static DeploymentPlan Plan(string notes, string? flag = null) => OfflinePlans.Production(notes, flag);

    private static string Text(DeploymentPlan plan) =>
        string.Join('\n', plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification).Concat(plan.Rollback).Concat(plan.NextActions));

    [Fact]
    public void CreatePlan_MongoUpgradeWithFcvAfterASoak_RollsBackBinariesAndLeavesTheFcvRaiseToAFinalFollowUp()
    {
        var plan = Plan("mongo 5.0 -> 6.0 on events-rs (replica set rolling). setFeatureCompatibilityVersion 6.0 after 48h soak — no downgrade to 5.0 after that");

        Assert.DoesNotContain("helm", Text(plan), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(plan.Steps, step => step.Action.Contains("`rs.stepDown()`", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("setFeatureCompatibilityVersion", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Engine rollback: MongoDB 5.0 → 6.0 (the events-rs replica set)", StringComparison.Ordinal)
            && line.Contains("reinstalling the 5.0 binaries", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Follow-up, not in this window: after the 48h soak", StringComparison.Ordinal)
            && line.Contains("setFeatureCompatibilityVersion: \"6.0\"", StringComparison.Ordinal) && line.Contains("cannot be undone", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("a major-version upgrade cannot be reversed in place", StringComparison.Ordinal));
    }
}
