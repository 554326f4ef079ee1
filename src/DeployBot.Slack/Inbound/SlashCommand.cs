using DeployBot.Core.Conversations;

namespace DeployBot.Slack.Inbound;

/// <summary>The fields of a slash-command POST that DeployBot uses (slack-protocol.md §2).</summary>
internal sealed record SlashCommand(
    string Command,
    string Text,
    string UserId,
    string? UserName,
    string ChannelId,
    string? ResponseUrl,
    string? TriggerId,
    string? TeamId)
{
    /// <summary>The command, or null when a field Slack always sends is missing.</summary>
    public static SlashCommand? FromForm(IReadOnlyDictionary<string, string> form)
    {
        string? Get(string name) => form.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        var userId = Get("user_id");
        var channelId = Get("channel_id");
        if (userId is null || channelId is null)
        {
            return null;
        }

        return new SlashCommand(
            Get("command") ?? "/deploy-plan",
            form.TryGetValue("text", out var text) ? text : string.Empty,
            userId,
            Get("user_name"),
            channelId,
            Get("response_url"),
            Get("trigger_id"),
            Get("team_id"));
    }

    public Requester ToRequester() => new(Platforms.Slack, UserId, UserName, ChannelId, ResponseUrl);
}
