using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Clustered stateful software (Redis, etcd, Kafka, Elasticsearch, RabbitMQ, Patroni, Consul, ZooKeeper) is upgraded
/// as an SRE would: its own backup first, one member at a time with the leader or primary last, each member back and
/// the cluster healthy before the next, and a rollback that says how far the way back goes; never an image canary.
/// </summary>
public sealed class ClusterUpgradeTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes, null, "Sat 20:00 - Sun 04:00 UTC");

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    private static string Steps(DeploymentPlan plan) => string.Join("\n", plan.Steps.Select(step => step.Action));

    [Theory]
    [InlineData("Upgrade Redis 6.2 -> 7.2 (sessions cluster)", "BGSAVE", "one node at a time", "Last, the Redis primary: fail over", "redis_version 7.2")]
    [InlineData("Upgrade etcd 3.4 -> 3.5", "etcdctl snapshot save", "one member at a time", "Last, the etcd leader: move leadership", "every member at 3.5")]
    [InlineData("Upgrade Kafka brokers 3.5 -> 3.7", "kafka-consumer-groups.sh", "one broker at a time", "Last, the broker that is the active controller", "Kafka version: 3.7")]
    [InlineData("Upgrade Elasticsearch 7.17 -> 8.11", "PUT _snapshot/", "one node at a time", "Last, the master-eligible nodes", "every node at 8.11")]
    [InlineData("Upgrade Patroni 3.0 -> 3.3", "patronictl show-config", "one member at a time", "Last, the Patroni leader: switch over", "reports 3.3 on every member")]
    [InlineData("Upgrade Consul 1.16 -> 1.17", "consul snapshot save", "one server at a time", "Last, the Consul leader", "at 1.17")]
    [InlineData("Upgrade ZooKeeper 3.8 -> 3.9", "transaction log files", "one server at a time", "Last, the ZooKeeper leader", "version 3.9")]
    public void CreatePlan_ClusterUpgrade_BacksUpThenUpgradesMemberByMemberLeaderLast(string notes, string backup, string members, string leader, string version)
    {
        var plan = Plan(notes);

        int saved = Index(plan, backup), followers = Index(plan, members), last = Index(plan, leader), check = Index(plan, version);
        Assert.True(saved >= 0 && saved < followers && followers < last && last < check, Steps(plan));
        Assert.Contains("never two at once", plan.Steps[followers].Action, StringComparison.Ordinal);
        Assert.Contains("wait until", plan.Steps[followers].Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("image", StringComparison.OrdinalIgnoreCase));
        // Its own backup is the snapshot: a second, database one would send the engineer to a database this leaves alone.
        // Patroni restarts PostgreSQL on every member, so its plan keeps the database snapshot its backup step refers to.
        Assert.Equal(notes.Contains("Patroni", StringComparison.Ordinal), plan.Steps.Any(step => step.Action.StartsWith("Take a database snapshot", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Version rollback:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Upgrade Redis 6.2 -> 7.2 (sessions cluster)", "Engine rollback: Redis 6.2 → 7.2 (the sessions cluster) — until the failover, upgraded replicas can go back to 6.2 one at a time", "restoring the RDB snapshot taken first")]
    [InlineData("Upgrade etcd 3.4 -> 3.5", "Engine rollback: etcd 3.4 → 3.5 — while any member still runs 3.4", "once every member runs 3.5, the cluster version moves up and the data directories cannot go back in place")]
    [InlineData("Upgrade Kafka brokers 3.5 -> 3.7", "Engine rollback: Kafka 3.5 → 3.7 — until `metadata.version` or `inter.broker.protocol.version` is raised", "going back is not supported")]
    [InlineData("Upgrade Elasticsearch 7.17 -> 8.11", "Engine rollback: Elasticsearch 7.17 → 8.11 — Elasticsearch cannot be downgraded", "restoring the snapshot taken first into a 7.17 cluster")]
    [InlineData("Upgrade RabbitMQ 3.11 -> 3.13", "Engine rollback: RabbitMQ 3.11 → 3.13 — RabbitMQ does not support downgrading a node in place", "exported definitions")]
    public void CreatePlan_ClusterUpgrade_RollbackSaysHowFarTheWayBackGoes(string notes, string start, string limit)
    {
        var plan = Plan(notes);

        var line = Assert.Single(plan.Rollback, line => line.StartsWith("Engine rollback:", StringComparison.Ordinal));
        Assert.StartsWith(start, line, StringComparison.Ordinal);
        Assert.Contains(limit, line, StringComparison.Ordinal);
        Assert.DoesNotContain("a major-version upgrade cannot be reversed in place", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Upgrade Kafka brokers 3.5 -> 3.7", "kafka-features.sh upgrade --metadata 3.7")]
    [InlineData("Upgrade RabbitMQ 3.11 -> 3.13", "enable 3.13's new feature flags")]
    public void CreatePlan_FeatureVersionClosesTheWayBack_ItIsRaisedLastAndOnlyAfterVerification(string notes, string finalize)
    {
        var plan = Plan(notes);

        var raise = Index(plan, finalize);
        Assert.True(raise > Index(plan, "Check that"), Steps(plan));
        Assert.StartsWith("Only after every", plan.Steps[raise].Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_BrokerUpgradeAlone_ChangesNoConsumersOrProducers()
    {
        var plan = Plan("Upgrade Kafka brokers 3.5 -> 3.7");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("consumers first", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Messaging rollback:", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ManagedUpgradeThroughTerraform_FollowsTheApplyMemberByMemberInsteadOfUpgradingByHand()
    {
        var plan = Plan("sessions-cache (ElastiCache Redis) 6.2 -> 7.1 via engine_version in infra/terraform/prod/cache.tf.");

        int apply = Index(plan, "terraform apply"), follow = Index(plan, "follow it node by node");
        Assert.True(apply >= 0 && apply < follow, Steps(plan));
        Assert.Contains("the replicas first and the Redis primary last", plan.Steps[follow].Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("BGSAVE", StringComparison.Ordinal));
        Assert.True(Index(plan, "managed service's backup") < apply, Steps(plan));
    }

    [Theory]
    [InlineData("Cache user profiles in Redis to cut p95 latency on the profile page")]
    [InlineData("Bump the redis client gem to 5.0")]
    [InlineData("Upgrade the redis client gem 4.8 -> 5.0")]
    [InlineData("Upgrade redis-py 4.6 -> 5.0")]
    [InlineData("Upgrade the Elasticsearch Java client to 8.11")]
    public void CreatePlan_RedisOrElasticsearchOnlyAsTheApplicationsDependency_IsAnImageRolloutNotAServerUpgrade(string notes)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Steps, step => step.Action.Contains("canary", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("at a time", StringComparison.Ordinal) || step.Action.Contains("Upgrade Redis", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Engine rollback:", StringComparison.Ordinal));
    }
}
