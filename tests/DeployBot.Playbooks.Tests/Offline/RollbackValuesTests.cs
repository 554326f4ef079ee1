using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The rollback lists the values the notes change as the way back, except where going back is not setting a value: an
/// engine's own versions (its playbook says what the way back is), and, in an incident, the values the incident ran on.
/// </summary>
public sealed class RollbackValuesTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    [Theory]
    [InlineData("kafka 2.8 -> 3.7 on the events cluster, rolling restart, inter.broker.protocol.version pinned to 2.8 until every broker is on 3.7", "`2.8` → `3.7`")]
    [InlineData("ledger db: pg 13 -> 16 via pg_upgrade on ledger-db-primary, ledger-api read-only during it", "`13` → `16`")]
    public void CreatePlan_EngineUpgrade_DoesNotOfferItsOldVersionAsAValueToSetBack(string notes, string versions)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Rollback, line => line.Contains(versions, StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Engine rollback", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_IncidentFixChangesValues_SaysTheOldValuesAreWhatTheIncidentRanOn()
    {
        var plan = Plan("2am hotfix INC-7710. sessions-redis hit maxmemory and evicted login sessions. resized cache.r6g.large -> cache.r6g.xlarge and set maxmemory-policy volatile-lru (was allkeys-lru). no code deploy");

        var line = Assert.Single(plan.Rollback, line => line.Contains("`cache.r6g.large` → `cache.r6g.xlarge`", StringComparison.Ordinal));
        Assert.Contains("what the incident ran on", line, StringComparison.Ordinal);
        Assert.DoesNotContain("the way back returns to the first of each", line, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_SizeChangeOutsideAnIncident_KeepsTheOldValueAsTheWayBack()
    {
        var plan = Plan("resize orders-db from db.r6g.xlarge to db.r6g.2xlarge during the window");

        Assert.Contains(plan.Rollback, line => line.Contains("the way back returns to the first of each", StringComparison.Ordinal)
            && line.Contains("`db.r6g.xlarge` → `db.r6g.2xlarge`", StringComparison.Ordinal));
    }
}
