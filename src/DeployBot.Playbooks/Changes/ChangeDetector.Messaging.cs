using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>Whether the release changes messaging: the broker or its topics named, beside a producer's or consumer's change.</summary>
internal static partial class ChangeDetector
{
    /// <summary>
    /// Consumers, producers, queues and offsets are messaging only where the notes name the broker or its topics ("## Kafka"
    /// over "The orders consumer now commits offsets after processing").
    /// </summary>
    /// <param name="notes">The notes without their dependency bumps.</param>
    /// <param name="changes">What the items that change something do, fixes set aside.</param>
    /// <param name="besideUpgrades">Those items without the ones that upgrade a broker member by member.</param>
    private static bool IsMessaging(string notes, string changes, string besideUpgrades)
    {
        var upgradesOnly = besideUpgrades.Length < changes.Length;
        var (messagingNotes, messagingChanges) = upgradesOnly ? (besideUpgrades, besideUpgrades) : (notes, changes);
        // "check the following two topics:" introduces a text's topics, "Consumer Groups page" a screen of a tool: not a broker's.
        (messagingNotes, messagingChanges) = (MessagingEvidence.Neutral(messagingNotes), MessagingEvidence.Neutral(messagingChanges));
        var messaging = Messaging().IsMatch(messagingNotes);
        return Messaging().IsMatch(messagingChanges) || (messaging && (ChangesTopics(messagingNotes) || MessagingRole().IsMatch(messagingChanges)));
    }

    /// <summary>The notes create a topic or change one's partitions, retention, ACLs or compaction (a consumer-group switch alone does not).</summary>
    internal static bool ChangesTopics(string notes) => TopicChange().IsMatch(notes);

    [GeneratedRegex(@"\b(?:new|create[sd]?|add(?:s|ed)?)\s+(?:a\s+|the\s+)?(?:[\w.-]+\s+)?(?:topics?|queues?|streams?|exchanges?)\b|\b(?:topics?|queues?)\b[^.\n]{0,40}\bmust\s+(?:exist|be\s+created)\b|\bpartitions?\b|\bretention\b|\bACLs?\b|\bcompact(?:ion|ed)?\b|cleanup\.policy|replication[ -]factor|\b(?:nuevo|nueva|neues?|nouveaux?|nouvelle|novo|nova)\s+(?:t[óo]pico|topic|Topic|file|fila|cola|queue)|\bPartition(?:en)?\b|\bparticiones\b|\bparti[çc][õo]es\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TopicChange();

    /// <summary>
    /// A broker or stream system named, or its topics and consumer groups: "consumer", "producer", "queue" or "offset"
    /// alone are no messaging change (paperless-ngx's document consumer, a task-queue library's own queues, pgbouncer's
    /// wait queue), and planning one adds offsets and a consumers-first order for topics nobody has. Nor are a text's
    /// topics ("check the following two topics", "help topics").
    /// </summary>
    [GeneratedRegex(@"\bkafka\b | \bredpanda\b | \brabbitmq\b | \bamqp\b | \bactivemq\b | \bpulsar\b | \bsqs\b | \bsns\b | \bnats\b | \bjetstream\b | \bpub/?sub\b | \bkinesis\b
        | \bevent\s?bus\b | \beventbridge\b | \bevent\s+hubs?\b | \bservice\s+bus\b | \bmessage\s+(?:brokers?|bus|queues?)\b
        | \btopics?\b | \bt[óo]picos?\b | \bconsumer[\s-]groups?\b | \bconsumers?\b[^.\n]{0,40}\bgroups?\b | \bgroup'?s\s+offsets?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Messaging();

    [GeneratedRegex(@"\bconsumers?\b | \bproducers?\b | \bqueues?\b | \boffsets?\b | \bsubscri(?:ber|ption)s?\b | \bpublish(?:es|ed|ers?)?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex MessagingRole();
}
