using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A default the release changes is applied by the rollout itself: the plan asks for a decision (take the new default or
/// pin the old value) instead of "apply the new value", and says the previous version brings the old default back.
/// </summary>
public sealed class ChangedDefaultTests
{
    [Theory]
    [InlineData("heads up: default for EMAIL_DIGEST_ENABLED flips to true in this release, so every tenant that never set it starts getting weekly digests. set it false explicitly if u dont want that", "EMAIL_DIGEST_ENABLED", "true", "false")]
    [InlineData("SESSION_TTL now defaults to 12h (was 24h); set it explicitly to keep the old lifetime", "SESSION_TTL", "12h", "24h")]
    [InlineData("- Features: Changed default value of AUTH_RATELIMIT_SUBNET to false.", "AUTH_RATELIMIT_SUBNET", "false", "true")]
    [InlineData("* Increase default consumer `MAX_POLL_RECORDS` from 500 to 1000 (#3030)", "MAX_POLL_RECORDS", "1000", "500")]
    public void CreatePlan_ChangedDefault_AsksForADecisionAndPinsTheOldValueIfWanted(string notes, string key, string now, string old)
    {
        var plan = OfflinePlans.ValidProduction(notes);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith($"Decide `{key}` for production before the rollout: its default becomes `{now}`", StringComparison.Ordinal)
            && step.Action.Contains($"(`{key}={old}`)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith($"Changed default: the previous version brings the old default (`{old}`) of `{key}` back", StringComparison.Ordinal));
    }

    /// <summary>"Switched default REDIS_URL to the new cluster": a new value to apply, not a default that "becomes `the`" (found by review).</summary>
    [Fact]
    public void CreatePlan_DefaultSwitchedToANamedTarget_AppliesTheValue()
    {
        var plan = OfflinePlans.ValidProduction("Switched default REDIS_URL to the new cluster (redis-prod-2:6379)");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("default becomes `the`", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains("REDIS_URL", StringComparison.Ordinal));
    }
}
