using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A setting the notes say stays as it is ("REDIS_URL stays the same") is not named as a risky item in the summary, but is
/// named where the plan relies on it (the endpoint that stays) and in the way back that would change it.
/// </summary>
public sealed class KeptSettingSummaryTests
{
    [Fact]
    public void CreatePlan_CacheEngineChangeKeepingItsUrl_DoesNotNameTheUrlAsRisky()
    {
        var plan = OfflinePlans.ValidProduction("elasticache: sessions-cache redis 6.2 -> valkey 8.0, in-place engine change, REDIS_URL stays the same, clients tested in staging");

        Assert.DoesNotContain(plan.Summary, line => line.Contains("REDIS_URL", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("its endpoint stays (`REDIS_URL` unchanged, as the notes say)", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Cache engine rollback", StringComparison.Ordinal) && line.Contains("\"REDIS_URL\" changes then", StringComparison.Ordinal));
    }
}
