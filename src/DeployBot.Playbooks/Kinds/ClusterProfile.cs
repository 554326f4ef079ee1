namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// How one clustered software is upgraded member by member, in its own commands: what to back up first, the members
/// upgraded first and the leader role moved off last, when a member counts as back, and how far the way back goes.
/// Texts use "{from}" and "{to}" for the versions the notes give; nothing else of the notes reaches them.
/// </summary>
/// <param name="Member">One member: "node", "broker", "server".</param>
/// <param name="Followers">Who goes first: "the replicas".</param>
/// <param name="Leader">Who goes last, or null when no member leads (RabbitMQ).</param>
/// <param name="Handoff">How the leader role moves to an upgraded member before the leader is upgraded.</param>
/// <param name="Backup">The whole backup step, taken before the first member.</param>
/// <param name="Prepare">What must be true on the current version before the first member (feature flags, pinned protocol).</param>
/// <param name="Finalize">The step after every member runs the new version that closes the way back, if there is one.</param>
internal sealed record ClusterProfile(
    string Member,
    string Followers,
    string? Leader,
    string? Handoff,
    string PerMember,
    string Healthy,
    string Backup,
    string VersionCheck,
    string? Prepare,
    string? Finalize,
    string Rollback)
{
    /// <summary>Applications are its clients (not so for Patroni, which only manages PostgreSQL).</summary>
    public bool Clients { get; init; } = true;

    /// <summary>It runs the primary database (Patroni restarts PostgreSQL), so the plan's database snapshot covers its data.</summary>
    public bool RunsTheDatabase { get; init; }

    /// <summary>
    /// The step that closes the way back and is its own change, after the new version has soaked (MongoDB's
    /// featureCompatibilityVersion): never part of the upgrade's window, and final once done.
    /// </summary>
    public string? AfterSoak { get; init; }

    /// <summary>
    /// <see cref="Finalize"/>'s action alone, for when the notes put it off to after a soak or a later window ("metadata.version
    /// raised after 1 week soak"): then it is a follow-up, not a step of tonight's window.
    /// </summary>
    public string? FinalizeLater { get; init; }

    /// <summary>What <see cref="FinalizeLater"/> ends for good (Kafka's feature version, RabbitMQ's feature flags), or null when it ends nothing.</summary>
    public string? FinalizeEnds { get; init; }

    /// <summary>No member can go back to the old version in place: the backup taken first is the only way back.</summary>
    public bool NoDowngrade { get; init; }

    public static ClusterProfile? For(string software) => software switch
    {
        "Redis" or "Valkey" => Redis(software),
        "etcd" => Etcd,
        "Kafka" => Kafka,
        "Elasticsearch" or "OpenSearch" => Search(software),
        "RabbitMQ" => RabbitMq,
        "Patroni" => Patroni,
        "Consul" => Consul,
        "MongoDB" => MongoDb,
        "ZooKeeper" => ZooKeeper,
        _ => null,
    };

    private static ClusterProfile Redis(string name) => new(
        "node", "the replicas", $"the {name} primary",
        $"fail over to an upgraded replica (`SENTINEL FAILOVER <master-name>` with Sentinel, `CLUSTER FAILOVER` on the upgraded replica in {name} Cluster), then upgrade the old primary the same way",
        "stop it, install {to} with the same config, start it",
        "`INFO replication` on it shows `master_link_status:up` with its offset caught up with the primary's (and `CLUSTER INFO` reports `cluster_state:ok` in cluster mode)",
        $"Before touching any node, back up {name}: run `BGSAVE` on the primary, wait until `LASTSAVE` changes, copy the RDB file (and the AOF, if it is on) off the hosts, and record where the copy is in the plan's thread",
        $"`INFO server` on every node reports {name.ToLowerInvariant()}_version {{to}}",
        null, null,
        $"until the failover, upgraded replicas can go back to {{from}} one at a time; once an upgraded node is primary, its RDB and AOF files may use a format {{from}} cannot load (a newer {name} writes them), so the way back is restoring the RDB snapshot taken first, losing writes made since.");

    private static readonly ClusterProfile Etcd = new(
        "member", "the followers", "the etcd leader",
        "move leadership to an upgraded member (`etcdctl move-leader <member-id>`), then upgrade the old leader the same way",
        "stop it, replace the binary with {to} keeping its data directory and flags, start it",
        "`etcdctl endpoint health --cluster` reports every member healthy and `etcdctl endpoint status --cluster` shows one leader with the member's raft index caught up",
        "Before touching any member, back up etcd: run `etcdctl snapshot save <file>` against one member, check it with `etcdctl snapshot status <file>`, copy it off the hosts, and record where it is in the plan's thread",
        "`etcdctl endpoint status --cluster` lists every member at {to}",
        null, null,
        "while any member still runs {from}, the cluster keeps {from}'s cluster version and upgraded members can go back to {from} one at a time; once every member runs {to}, the cluster version moves up and the data directories cannot go back in place: the way back is etcd's downgrade procedure where {to} offers one, otherwise restoring the snapshot (`etcdctl snapshot restore`) into a new cluster, losing writes made since.");

    private static readonly ClusterProfile Kafka = new(
        "broker", "the brokers that are not the active controller", "the broker that is the active controller",
        "upgrade it the same way; its controlled shutdown moves the controller role to an upgraded broker",
        "stop it cleanly (a controlled shutdown moves its partition leadership away), install {to} with the same config, start it",
        "no partition is under-replicated (`kafka-topics.sh --describe --under-replicated-partitions` prints nothing) and every partition's in-sync replica set is complete",
        "Before touching any broker, record in the plan's thread what Kafka has no snapshot of: the broker configs, the topic configs (`kafka-configs.sh --describe`) and the consumer group offsets (`kafka-consumer-groups.sh --describe --all-groups`); the data itself stays safe through replication only while no partition is under-replicated",
        "each broker logs `Kafka version: {to}` at startup, and the produce and consume error rates of the clients stay flat",
        "Confirm that `inter.broker.protocol.version` is pinned to {from} in every broker's config (ZooKeeper mode), or that `metadata.version` stays at {from} (`kafka-features.sh describe`, KRaft mode), so that brokers can still go back until it is raised",
        "Only after every broker runs {to} and verification has passed (it may wait for a later window), raise the feature version: `kafka-features.sh upgrade --metadata {to}` in KRaft mode, or `inter.broker.protocol.version={to}` and one more rolling restart in ZooKeeper mode; this closes the way back",
        "until `metadata.version` or `inter.broker.protocol.version` is raised, brokers can go back to {from} one at a time the same way; after it, going back is not supported for most versions, so raise it only once {to} has proven itself.")
    {
        FinalizeLater = "raise the feature version: `kafka-features.sh upgrade --metadata {to}` in KRaft mode, or `inter.broker.protocol.version={to}` and one more rolling restart in ZooKeeper mode",
        FinalizeEnds = "the brokers can no longer go back to {from} (not supported for most versions)",
    };

    private static ClusterProfile Search(string name) => new(
        "node", "the nodes that are not master-eligible", "the master-eligible nodes",
        "upgrade them the same way, one at a time, the elected master last so that an upgraded node is elected",
        "disable replica allocation (`cluster.routing.allocation.enable: primaries`), `POST _flush`, stop the node, install {to}, start it, and re-enable allocation (`cluster.routing.allocation.enable: null`)",
        "it is back in `GET _cat/nodes` and `GET _cluster/health` is green again (every shard allocated)",
        $"Before touching any node, snapshot every {name} index to the registered repository (`PUT _snapshot/<repository>/<snapshot>?wait_for_completion=true`), check that it is `SUCCESS`, and record its name in the plan's thread",
        "`GET _cat/nodes?h=name,version` lists every node at {to}",
        name == "Elasticsearch"
            ? "Check the deprecation API (`GET _migration/deprecations`) for {to} and resolve every critical item; a new major version is reached only from the last minor of the one before (7.17 for 8.x)"
            : null,
        null,
        $"{name} cannot be downgraded: a node's data, once opened by {{to}}, cannot be read by {{from}}, and indices or snapshots written by {{to}} cannot be restored into {{from}}; the way back at any point is restoring the snapshot taken first into a {{from}} cluster, losing writes made since.")
    {
        NoDowngrade = true,
    };

    private static readonly ClusterProfile RabbitMq = new(
        "node", "every node", null, null,
        "check that `rabbitmq-upgrade await_online_quorum_plus_one` passes, stop the node, install {to}, start it",
        "`rabbitmq-diagnostics cluster_status` lists it as running, `rabbitmq-diagnostics check_local_alarms` is clean, and every quorum queue has all its members online",
        "Before touching any node, export the RabbitMQ definitions (`rabbitmqctl export_definitions <file>`), copy the file off the hosts and record where it is in the plan's thread; the messages in the queues are not in it",
        "`rabbitmqctl cluster_status` shows every node at {to}",
        "Enable every stable feature flag on {from} (`rabbitmqctl enable_feature_flag all`), which the next version requires before its nodes join",
        "Only after every node runs {to} and verification has passed, enable {to}'s new feature flags (`rabbitmqctl enable_feature_flag all`); this closes the way back",
        "RabbitMQ does not support downgrading a node in place: the way back is a new {from} cluster loaded with the exported definitions, and messages still in the queues are lost unless drained first; enabling {to}'s new feature flags (the last step) also stops {from} nodes from ever joining again.")
    {
        FinalizeLater = "enable {to}'s new feature flags (`rabbitmqctl enable_feature_flag all`)",
        FinalizeEnds = "{from} nodes can never join the cluster again",
        NoDowngrade = true,
    };

    private static readonly ClusterProfile Patroni = new(
        "member", "the replicas", "the Patroni leader",
        "switch over to an upgraded replica (`patronictl switchover`), then upgrade the old leader the same way",
        "install Patroni {to} and restart its service (PostgreSQL on that member restarts with it)",
        "`patronictl list` shows it running, replicas streaming with no lag, and exactly one leader",
        "Before touching any member, save the Patroni cluster config (`patronictl show-config`) in the plan's thread; the database snapshot covers the data",
        "`patronictl version <cluster>` reports {to} on every member",
        "Confirm that Patroni {to} supports the PostgreSQL version and the DCS (etcd, Consul or ZooKeeper) the cluster uses",
        null,
        "Patroni keeps no data of its own: the way back is reinstalling {from} one member at a time the same way, replicas first; the database snapshot is only for PostgreSQL itself.")
    {
        Clients = false,
        RunsTheDatabase = true,
    };

    private static readonly ClusterProfile MongoDb = new(
        "member", "the secondaries", "the primary",
        "step it down (`rs.stepDown()`) so that an upgraded secondary is elected, then upgrade the old primary the same way",
        "shut mongod down cleanly, install the {to} binaries keeping its data files and config, start it",
        "`rs.status()` shows it SECONDARY (or PRIMARY) and healthy, with its optime caught up with the primary's",
        "Before touching any member, record `rs.conf()`, `rs.status()` and the featureCompatibilityVersion (`db.adminCommand({getParameter: 1, featureCompatibilityVersion: 1})`) in the plan's thread; the database snapshot covers the data",
        "`db.version()` on every member reports {to} and `rs.status()` shows every member healthy",
        "Confirm that featureCompatibilityVersion is {from} (`db.adminCommand({getParameter: 1, featureCompatibilityVersion: 1})` on the primary) and leave it there tonight: the binaries can go back to {from} only while it stays at {from}",
        null,
        "until featureCompatibilityVersion is raised, the way back is reinstalling the {from} binaries one member at a time the same way (secondaries first, the primary stepped down last), keeping the data files; once it is {to}, {from} binaries cannot start on those files, and the way back is restoring the snapshot taken first, losing writes made since.")
    {
        RunsTheDatabase = true,
        AfterSoak = "raise featureCompatibilityVersion on the primary: `db.adminCommand({setFeatureCompatibilityVersion: \"{to}\"})` (MongoDB 7.0 and later also need `confirm: true`), then check that every member reports it",
    };

    private static readonly ClusterProfile Consul = new(
        "server", "the follower servers", "the Consul leader",
        "upgrade it the same way; when it leaves, the other servers elect an upgraded one",
        "`consul leave` on it, install {to}, start it with the same config",
        "`consul operator raft list-peers` shows every server as a voter with one leader, and `consul members` shows it alive",
        "Before touching any server, back up Consul: run `consul snapshot save <file>`, check it with `consul snapshot inspect <file>`, copy it off the hosts, and record where it is in the plan's thread",
        "`consul members` shows every server and client agent at {to}",
        null,
        "After every server runs {to} and is healthy, upgrade the client agents the same way, a few at a time",
        "Consul has no in-place downgrade: the way back is restoring the snapshot (`consul snapshot restore <file>`) on servers running {from}, losing changes made since.")
    {
        FinalizeLater = "upgrade the client agents the same way, a few at a time",
        NoDowngrade = true,
    };

    private static readonly ClusterProfile ZooKeeper = new(
        "server", "the followers", "the ZooKeeper leader",
        "upgrade it the same way; when it stops, the ensemble elects an upgraded server",
        "stop it, install {to} keeping its data directory and config, start it",
        "`echo srvr | nc <server> <client port>` shows it as follower (or leader) with its zxid caught up, and the ensemble has quorum",
        "Before touching any server, back up ZooKeeper: copy the latest snapshot and transaction log files of one server's data directory off the host, and record where they are in the plan's thread",
        "`echo srvr | nc <server> <client port>` reports version {to} on every server",
        null, null,
        "while the ensemble is mixed, upgraded servers can go back to {from} one at a time; once every server runs {to}, check {to}'s release notes before going back, and otherwise restore the copied data directory on servers running {from}, losing writes made since.");
}
