using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A deletion the notes put off gets the gate of what it deletes: a table's is that nothing reads or writes it any more,
/// whatever else the sentence says drains; a topic's is its consumers' lag.
/// </summary>
public sealed class LaterDeletionGateTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.Production(notes);

    [Fact]
    public void CreatePlan_TableDroppedLaterOnceAPoolDrains_GatesOnTheTableNotOnConsumerLag()
    {
        var plan = Plan("orders-api 4.2 writes only to orders_v2. drop table orders_v1 after 48h, once the connection pool has drained");

        var later = Assert.Single(plan.Rollback, line => line.StartsWith("Later deletion", StringComparison.Ordinal));
        Assert.Contains("pg_stat_user_tables", later, StringComparison.Ordinal);
        Assert.DoesNotContain("consumer group", later, StringComparison.Ordinal);
        Assert.Contains(plan.NextActions, line => line.Contains("drop table orders_v1 after 48h", StringComparison.Ordinal) && line.Contains("pg_stat_user_tables", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_TopicDeletedLater_GatesOnConsumerLag()
    {
        var plan = Plan("order-events producers move to order-events.v2; delete topic order-events after 7 days");

        var later = Assert.Single(plan.Rollback, line => line.StartsWith("Later deletion", StringComparison.Ordinal));
        Assert.Contains("every consumer group's lag on it is 0", later, StringComparison.Ordinal);
    }
}
