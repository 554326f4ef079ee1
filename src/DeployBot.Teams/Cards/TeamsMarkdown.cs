using System.Text;
using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Teams.Activities;

namespace DeployBot.Teams.Cards;

/// <summary>
/// Teams renders Markdown in card TextBlocks and message text, so untrusted text (release notes, model output, paging-tool
/// names, what people typed) could carry its own links, images and mentions. Like the Slack path's escaping, this keeps
/// the text readable and takes the syntax away: mention tags are removed, and an invisible word joiner (U+2060) is put
/// where Markdown needs characters side by side (<c>](</c>, <c>]:</c>, <c>&lt;http</c>, <c>://</c>, <c>www.</c>), so
/// nothing in it becomes clickable. Only links the bot builds itself (<see cref="Platform.TeamsLinks"/>) survive.
/// </summary>
internal static partial class TeamsMarkdown
{
    private const string WordJoiner = "\u2060";

    /// <summary>Untrusted text, made inert for Teams Markdown.</summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutMentions = MessageText.WithoutMentionTags(text);
        var inert = LinkSyntax().Replace(withoutMentions, match => match.Value[..1] + WordJoiner + match.Value[1..]);
        return BareLink().Replace(inert, match => match.Value[..^1] + WordJoiner + match.Value[^1..]);
    }

    /// <summary>
    /// An engine message for Teams: neutralised like untrusted text, except the Teams deep links the adapter produced
    /// (a plan's permalink), which stay clickable.
    /// </summary>
    public static string NeutraliseKeepingBotLinks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var last = 0;
        foreach (Match match in BotLink().Matches(text))
        {
            builder.Append(Neutralise(text[last..match.Index])).Append(match.Value);
            last = match.Index + match.Length;
        }

        return builder.Append(Neutralise(text[last..])).ToString();
    }

    /// <summary><c>](</c> and <c>]:</c> (inline and reference links, images), <c>][</c>, and <c>&lt;</c> (autolinks, HTML).</summary>
    [GeneratedRegex(@"\][\(\[:]|<(?=\S)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LinkSyntax();

    /// <summary>Where a client would auto-link a bare address: <c>scheme://</c> and <c>www.</c>; the joiner goes before the last character.</summary>
    [GeneratedRegex(@"(?<=[A-Za-z][A-Za-z0-9+.\-]*):/|\bwww\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BareLink();

    /// <summary>The deep links <see cref="Platform.TeamsLinks.Message"/> builds (escaped ids only).</summary>
    [GeneratedRegex(@"https://teams\.microsoft\.com/l/message/[A-Za-z0-9%._~\-]+/[A-Za-z0-9%._~\-]+\?parentMessageId=[A-Za-z0-9%._~\-]+(&tenantId=[A-Za-z0-9%._~\-]+)?", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BotLink();
}
