using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Messaging: topics and consumer groups created first, consumers able to read the new messages before producers
/// send them, offsets recorded; on rollback, replay and duplicates are expected and handled. A queue broker (MQTT, JMS,
/// AMQP: <see cref="MessagingBroker"/>) has no offsets or partitions: its queues' depth is recorded instead, and a
/// consumed message is not replayed.</summary>
internal sealed class MessagingPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Messaging;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var topics = Topics(facts);
        var log = facts.IsLogBroker;
        yield return log
            ? Manual(Phase.Prepare, $"Record the committed offsets and lag of the consumer groups on {topics} as the rollback point", null, 5)
            : Manual(Phase.Prepare, $"Record the depth (messages waiting) and the connected consumers of {topics} as the baseline", null, 5);
        if (ChangeDetector.ChangesTopics(facts.Notes))
        {
            var what = log ? "partitions, retention, ACLs" : "addresses, routing, limits, permissions";
            yield return Automated(Phase.Expand, $"Create or change {topics} ({what}) before any producer or consumer uses it{Wording.Items(facts.ItemsWith(RiskArea.Infra))}", null, 5);
        }

        yield return Manual(Phase.Rollout, "Roll out the consumers first, so they can read the new messages, then the producers", null, 5);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return $"Messaging: the consumers of {Topics(facts)} handle both the old and the new message format, and processing is idempotent so a replay does no harm.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return facts.IsLogBroker
            ? $"Messaging: consumer lag on {Topics(facts)} returns to its baseline within 10 minutes, no messages land in the dead-letter queue, and producer error rates stay flat."
            : $"Messaging: the depth of {Topics(facts)} returns to its baseline within 10 minutes, every consumer is connected again, no messages land in the dead-letter queue, and producer error rates stay flat.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (!facts.IsLogBroker)
        {
            yield return "Messaging rollback: roll back the producers first, then the consumers; a message acknowledged since is gone from the broker and is not replayed, and unacknowledged ones are redelivered, so expect duplicates.";
            yield break;
        }

        yield return $"Messaging rollback: roll back the producers first, then the consumers; reset the consumer group offsets to the recorded ones only if messages were lost, and expect duplicates from the replay.";
        if (facts.Notes.Contains("partition", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Partitions: a topic's partition count cannot be reduced, so rolling back keeps the new partitions of {Topics(facts)}; keyed messages now land on other partitions, so per-key ordering holds only for messages sent after the change.";
        }
    }

    private static string Topics(PlanFacts facts) =>
        facts.Names.Topics.Count > 0 ? Wording.Code(facts.Names.Topics)
        : facts.IsLogBroker ? "the topics and consumer groups in the notes" : "the queues and subscriptions in the notes";
}
