using System.Text;
using System.Text.RegularExpressions;

namespace DeployBot.Slack.Rendering;

/// <summary>
/// Slack mrkdwn hygiene (slack-protocol.md §5): only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are escaped, which also
/// neutralises every <c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c> and <c>&lt;!subteam^…&gt;</c> in untrusted text.
/// Literal <c>@channel</c>/<c>@here</c>/<c>@everyone</c> get a zero-width joiner so no client turns them into a ping.
/// Mentions the configuration names are added after escaping.
/// </summary>
internal static partial class SlackText
{
    private const char ZeroWidthJoiner = '\u2060';

    /// <summary>Untrusted text (model output, release notes, user input) made safe for mrkdwn and plain_text.</summary>
    public static string Sanitise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return BroadcastWord().Replace(Escape(text), match => "@" + ZeroWidthJoiner + match.Groups[1].Value);
    }

    /// <summary>For plain_text objects (headers, titles): Slack shows them literally, so only broadcast words are neutralised.</summary>
    public static string Plain(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : BroadcastWord().Replace(text, match => "@" + ZeroWidthJoiner + match.Groups[1].Value);

    /// <summary>Escapes the three characters Slack treats as control characters.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Text Slack sent us (it arrives escaped): back to what the person typed.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>
    /// Engine messages: sanitised like untrusted text, except that channel links the adapter itself produced
    /// (<see cref="ChannelLink"/>) survive, so "it will appear in &lt;#C…&gt;" stays a link.
    /// </summary>
    public static string SanitiseKeepingChannelLinks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var last = 0;
        foreach (Match match in ChannelLinkPattern().Matches(text))
        {
            builder.Append(Sanitise(text[last..match.Index])).Append(match.Value);
            last = match.Index + match.Length;
        }

        return builder.Append(Sanitise(text[last..])).ToString();
    }

    /// <summary><c>&lt;#C123&gt;</c>: Slack renders the channel's name as a link.</summary>
    public static string ChannelLink(string channelId) => $"<#{channelId}>";

    /// <summary>The mention for a configured on-call id: <c>&lt;!subteam^S…&gt;</c> for a user group, <c>&lt;@U…&gt;</c> for a user.</summary>
    public static string? Mention(string? mentionId)
    {
        if (string.IsNullOrWhiteSpace(mentionId) || !SlackIdPattern().IsMatch(mentionId))
        {
            return null;
        }

        return mentionId.StartsWith('S') ? $"<!subteam^{mentionId}>" : $"<@{mentionId}>";
    }

    /// <summary>Cuts text to <paramref name="max"/> characters with an ellipsis (for headers and titles, never plan content).</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    [GeneratedRegex(@"@(channel|here|everyone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BroadcastWord();

    [GeneratedRegex(@"<#[CGD][A-Z0-9]{2,30}>", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelLinkPattern();

    [GeneratedRegex(@"^[UWS][A-Z0-9]{2,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackIdPattern();
}
