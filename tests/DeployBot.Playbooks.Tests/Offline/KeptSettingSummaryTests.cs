using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>A setting the notes say stays as it is ("REDIS_URL stays the same") is not named as a risky item in the summary.</summary>
public sealed class KeptSettingSummaryTests
{
    [Fact]
    public void CreatePlan_CacheEngineChangeKeepingItsUrl_DoesNotNameTheUrlAsRisky()
    {
        var plan = OfflinePlans.ValidProduction("elasticache: sessions-cache redis 6.2 -> valkey 8.0, in-place engine change, REDIS_URL stays the same, clients tested in staging");

        Assert.DoesNotContain(plan.Summary, line => line.Contains("REDIS_URL", StringComparison.Ordinal));
    }
}
