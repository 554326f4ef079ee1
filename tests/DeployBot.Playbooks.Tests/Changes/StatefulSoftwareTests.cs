using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Tests.Changes;

/// <summary>Which stateful software the notes upgrade, and to which version, read once for the kind, the steps and the engine's name.</summary>
public sealed class StatefulSoftwareTests
{
    [Theory]
    [InlineData("Upgrade Redis 6.2 -> 7.2 (sessions cluster)", "Redis", "6.2", "7.2", "the sessions cluster")]
    [InlineData("Upgrade Kafka brokers 3.5 -> 3.7", "Kafka", "3.5", "3.7", null)]
    [InlineData("bump pg_partman to 5.0", "pg_partman", null, "5.0", null)]
    [InlineData("Upgrade the TimescaleDB extension on PostgreSQL 15 from 2.13 to 2.17", "TimescaleDB", "2.13", "2.17", null)]
    [InlineData("session-cache (ElastiCache Redis, cluster mode off) 6.2 -> 7.1: engine_version", "Redis", "6.2", "7.1", null)]
    [InlineData("Upgrade PostgreSQL 13 to 16 on the orders cluster", "PostgreSQL", "13", "16", "the orders cluster")]
    public void Read_UpgradeNamedWithItsVersions_GivesTheSoftwareVersionsAndCluster(string notes, string name, string? from, string to, string? cluster)
    {
        var change = Assert.Single(StatefulSoftware.Read(notes));

        Assert.Equal((name, from, to, cluster), (change.Name, change.From, change.To, change.Cluster));
    }

    [Theory]
    [InlineData("Cache user profiles in Redis to cut p95 latency")]
    [InlineData("Raise Redis maxmemory from 2 to 4 GB")]
    [InlineData("Bump the redis client gem to 5.0")]
    [InlineData("Upgrade redis-py 4.6 -> 5.0")]
    [InlineData("Move sessions to Redis")]
    public void Read_NameWithoutAnUpgradeOfTheServer_FindsNone(string notes)
    {
        Assert.Empty(StatefulSoftware.Read(notes));
    }

    [Theory]
    [InlineData("Upgrade the redis client gem 4.8 -> 5.0", true)]
    [InlineData("Upgrade redis-py 4.6 -> 5.0", true)]
    [InlineData("Requires Redis 7 or later", false)]
    [InlineData("Upgrade the redis gem and Redis 6.2 -> 7.2", false)]
    public void OnlyClientLibraries_SoftwareNamedOnlyAsALibrary_IsTrue(string notes, bool expected)
    {
        Assert.Equal(expected, StatefulSoftware.OnlyClientLibraries(notes));
    }
}
