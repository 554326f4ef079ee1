using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// What the messaging kind is read from: the notes without the words that name a broker's things and yet change nothing a
/// producer or consumer of the deployed service does. A text's topics ("check the following two topics:", "help topics"), a
/// tool's screens of them ("Update Consumer Groups page layout", "the topics view"), a feature that lets users look at or
/// edit them ("Ability to edit consumer group offsets by shifting the committed offsets": an admin UI's, whose service
/// consumes nothing), and a link's host ("docs.redpanda.com") are no topic or consumer group the rollout has to order.
/// </summary>
internal static partial class MessagingEvidence
{
    public static string Neutral(string text) =>
        AdminFeature().Replace(Screen().Replace(TextTopics().Replace(Url().Replace(text, " "), " "), " "), " ");

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>A text's topics: "the following two topics:" ending its sentence, "help topics", "FAQ topics".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:following|these|those)\s+(?:\w+\s+)?topics?\s*[:.](?=\s|$) | \b(?:help|faq|discussion|documentation|docs)\s+topics?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex TextTopics();

    /// <summary>A screen of a tool that shows them: "Consumer Groups page", "topic details view", "the Topics tab".</summary>
    [GeneratedRegex(@"\b(?:consumer[\s-]groups?|topics?|queues?|offsets?|partitions?|messages?|producers?|consumers?)\s+(?:\w+\s+)?(?:page|view|tab|screen|panel|layout|dialog|modal|overview|table|list\s+view|sidebar|menu)s?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Screen();

    /// <summary>A feature that lets users look at or change them: "Ability to edit consumer group offsets …", "allow users to browse topics …".</summary>
    [GeneratedRegex(@"\b(?:ability\s+to|allows?\s+(?:users?\s+)?to|users?\s+can\s+(?:now\s+)?)\s*(?:view|edit|list|browse|delete|create|inspect|reset|manage|show|search|filter|sort|display)\b[^.\n]*", Options, MatchBudget.Milliseconds)]
    private static partial Regex AdminFeature();

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Url();
}
