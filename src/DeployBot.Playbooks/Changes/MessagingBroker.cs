using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Which kind of broker the notes' messaging is: a log with partitions and consumer-group offsets (Kafka, Redpanda,
/// Kinesis, Event Hubs), or a queue broker (MQTT, JMS, AMQP, STOMP: ActiveMQ Artemis, RabbitMQ, Mosquitto, NATS, SQS),
/// where a message waits in a queue or subscription until it is acknowledged and then is gone. Offsets to record or
/// reset and partitions exist only in the first; in the second the rollback point is the queues' depth.
/// </summary>
internal static partial class MessagingBroker
{
    /// <summary>The notes speak of a partitioned log: its product, its partitions, its consumer groups or its offsets.</summary>
    public static bool IsLog(string notes)
    {
        var neutral = MessagingEvidence.Neutral(notes);
        return LogWords().IsMatch(neutral) || !QueueWords().IsMatch(neutral);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bkafka\b | \bredpanda\b | \bkinesis\b | \bevent\s+hubs?\b | \bpartitions?\b | \bconsumer[\s-]groups?\b | \boffsets?\b | \bcompact(?:ion|ed)\b | cleanup\.policy", Options, MatchBudget.Milliseconds)]
    private static partial Regex LogWords();

    /// <summary>A queue broker's protocol or product, or its queues, subscriptions, addresses and exchanges.</summary>
    [GeneratedRegex(@"\bmqtt\b | \bjms\b | \bamqp\b | \bstomp\b | \bactivemq\b | \bartemis\b | \brabbitmq\b | \bmosquitto\b | \bnats\b | \bsqs\b | \bservice\s+bus\b
        | \bqueues?\b | \bsubscriptions?\b | \bexchanges?\b | \bdead[\s-]letter\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex QueueWords();
}
