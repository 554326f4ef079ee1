using System.Net;
using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Teams.Activities;

/// <summary>
/// Turns a Teams message's <c>text</c> into what the user typed: the bot's own mention removed (by entity, with a
/// tag-based fallback for <c>&lt;at&gt;@Name&lt;/at&gt;</c> entity texts), other mentions kept as <c>@Name</c>,
/// HTML entities and non-breaking spaces decoded, line endings normalised (teams-protocol.md §6.3).
/// </summary>
internal static partial class MessageText
{
    public static string ForBot(Activity activity, string botName)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        var botNames = new List<string> { botName };
        foreach (var mention in BotMentions(activity.Entities, botId))
        {
            if (!string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
            }

            if (!string.IsNullOrEmpty(mention.Mentioned?.Name))
            {
                botNames.Add(mention.Mentioned.Name);
            }
        }

        text = RemoveNamedTags(text, botNames);
        text = OtherMention().Replace(text, "@$1");
        return Normalize(text);
    }

    /// <summary>Decodes HTML entities, turns <c>&amp;nbsp;</c> and CRLF into plain spaces/newlines, trims.</summary>
    public static string Normalize(string text)
    {
        var decoded = WebUtility.HtmlDecode(text)
            .Replace('\u00A0', ' ')
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n');
        return decoded.Trim();
    }

    /// <summary>Removes <c>&lt;at&gt;</c> tags from untrusted text (model output, user input) so it can never create a mention.</summary>
    public static string WithoutMentionTags(string text) => AtTag().Replace(text, string.Empty);

    private static IEnumerable<Entity> BotMentions(IReadOnlyList<Entity>? entities, string? botId) =>
        (entities ?? []).Where(entity =>
            entity is not null
            && string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
            && botId is not null
            && string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase));

    private static string RemoveNamedTags(string text, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var pattern = "<at>\\s*@?" + Regex.Escape(name) + "\\s*</at>";
            text = Regex.Replace(text, pattern, " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);
        }

        return text;
    }

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, MatchBudget.Milliseconds)]
    private static partial Regex OtherMention();

    [GeneratedRegex("</?at\\b[^>]*>", RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex AtTag();
}
