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

    /// <summary>A changed default beside a key the operator must change: the decision for the one, the other still applied.</summary>
    [Fact]
    public void CreatePlan_ChangedDefaultBesideAKeyToChange_StillAppliesTheOtherKey()
    {
        var plan = OfflinePlans.ValidProduction("- Changed default value of AUTH_RATELIMIT_SUBNET to false.\n- Switch to server side sessions. Change your SECRET_KEY after upgrading.");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Decide `AUTH_RATELIMIT_SUBNET`", StringComparison.Ordinal));
        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal)).Action;
        Assert.Contains("SECRET_KEY", apply, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTH_RATELIMIT_SUBNET", apply, StringComparison.Ordinal);
    }
}
