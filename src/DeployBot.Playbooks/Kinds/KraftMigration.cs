using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Kafka moved off ZooKeeper to KRaft ("kafka 2.8 -> 3.7 + moving off zookeeper to KRaft"): a procedure of its own
/// after the version upgrade, not one more rolling restart. It needs every broker on the new version with
/// <c>inter.broker.protocol.version</c> raised to it, so it is planned as its own phase after that bump (in its own
/// window when tonight's runs out): KRaft controllers in migration mode, brokers restarted in migration mode until the
/// metadata is copied, brokers restarted in KRaft mode, then the controllers finalized. Until that last step the
/// cluster can go back to ZooKeeper mode; finalizing is the point of no return.
/// </summary>
internal static partial class KraftMigration
{
    public static bool Applies(PlanFacts facts, StatefulChange change) => change.Name == "Kafka" && Kraft().IsMatch(facts.Notes);

    public static IEnumerable<TimedStep> Steps(PlanFacts facts, StatefulChange change)
    {
        if (!Applies(facts, change))
        {
            yield break;
        }

        var to = change.Target;
        const string Healthy = "no partition is under-replicated (`kafka-topics.sh --describe --under-replicated-partitions` prints nothing)";
        const string Procedure = "the ZooKeeper → KRaft migration";
        yield return Manual(Phase.Contract, $"ZooKeeper → KRaft migration, planned as its own phase after the protocol bump (in its own window if this one runs out; it needs every broker on {to} with `inter.broker.protocol.version={to}`), phase 1 of 4, controllers: start a KRaft controller quorum (three controllers on {to}, `process.roles=controller`, storage formatted with the cluster id read from ZooKeeper) with `zookeeper.metadata.migration.enable=true` and the brokers' `zookeeper.connect`; check that the quorum has a leader (`kafka-metadata-quorum.sh describe --status`)", null, 15) with { OwnWindow = Procedure };
        yield return Manual(Phase.Contract, $"KRaft migration, phase 2 of 4, brokers in migration mode: restart the brokers one at a time with `zookeeper.metadata.migration.enable=true` and the controller quorum's `controller.quorum.voters` and `controller.listener.names` added (ZooKeeper settings kept); before the next broker, wait until {Healthy}. Then wait until the active KRaft controller logs that the metadata migration from ZooKeeper is complete (`Completed migration of metadata from ZooKeeper to KRaft`) before going on", null, 30) with { OwnWindow = Procedure };
        yield return Manual(Phase.Contract, $"KRaft migration, phase 3 of 4, brokers in KRaft mode: restart the brokers one at a time with `process.roles=broker` and `node.id` set to their `broker.id`, without `zookeeper.metadata.migration.enable` and without `zookeeper.connect`; before the next broker, wait until {Healthy}. ZooKeeper still holds a copy of the metadata (the controllers dual-write it), so the way back to ZooKeeper mode stays open until the next step", null, 30) with { OwnWindow = Procedure };
        yield return Manual(Phase.Contract, "KRaft migration, phase 4 of 4, finalize (the point of no return): only after a go/no-go by the rollback owner with every broker healthy in KRaft mode, restart each controller without `zookeeper.metadata.migration.enable` and without its ZooKeeper settings. From here there is no way back to ZooKeeper mode: the metadata lives only in KRaft, and ZooKeeper can be retired later", null, 15) with { OwnWindow = Procedure };
    }

    public static IEnumerable<string> Checks(PlanFacts facts, StatefulChange change)
    {
        if (SeparateDeploys.Check(facts.Notes, $"the client version {change.Name} {change.Target} needs") is { } goNoGo)
        {
            yield return goNoGo;
        }

        if (Applies(facts, change))
        {
            yield return $"ZooKeeper → KRaft migration: planned as its own phase after every broker runs {change.Target} and `inter.broker.protocol.version` is raised to it (the migration requires both), {(Rehearsal.IsRehearsal(facts) ? $"taken from ZooKeeper mode to finalized KRaft in this {facts.Env} run, the rehearsal for production, with each phase timed and recorded in the thread," : "rehearsed on staging from ZooKeeper mode to finalized KRaft,")} and the rollback owner knows that finalizing the controllers is its point of no return (Rollback Readiness).";
        }
    }

    public static string? Rollback(PlanFacts facts, StatefulChange change) => Applies(facts, change)
        ? "KRaft migration rollback: until the controllers are finalized, the cluster can go back to ZooKeeper mode by Kafka's documented revert procedure (brokers restarted back into migration mode and then ZooKeeper mode, the controllers stopped, their `/controller` and `/migration` znodes removed); once the controllers are finalized (phase 4) it is the point of no return: there is no way back to ZooKeeper, only fixing forward in KRaft mode."
        : null;

    [GeneratedRegex(@"\bkraft\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Kraft();
}
