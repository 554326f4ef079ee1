using System.Text.Json;

namespace DeployBot.Slack.Inbound;

/// <summary>An Events API body: <c>url_verification</c> or an <c>event_callback</c> envelope (slack-protocol.md §4).</summary>
internal sealed record EventEnvelope(string Type, string? Challenge, string? EventId, string? AuthorizedUserId, SlackEvent? Event)
{
    public static EventEnvelope? Parse(string json)
    {
        if (JsonRead.ParseObject(json) is not { } root || JsonRead.String(root, "type") is not { } type)
        {
            return null;
        }

        var authorizedUser = JsonRead.Array(root, "authorizations").Select(a => JsonRead.String(a, "user_id")).FirstOrDefault(id => id is not null)
            ?? JsonRead.Array(root, "authed_users").Select(JsonRead.Text).FirstOrDefault(u => u is not null);
        return new EventEnvelope(
            type,
            JsonRead.String(root, "challenge"),
            JsonRead.String(root, "event_id"),
            authorizedUser,
            JsonRead.Object(root, "event") is { } inner ? SlackEvent.From(inner) : null);
    }
}

/// <summary>The inner event of a callback: a <c>message</c> or <c>app_mention</c>, and the fields that decide whether it is ours.</summary>
internal sealed record SlackEvent(string Type, string? Subtype, string? User, string? BotId, string? Text, string? Channel, string? Ts, string? ThreadTs)
{
    public static SlackEvent From(JsonElement inner) =>
        new(
            JsonRead.String(inner, "type") ?? string.Empty,
            JsonRead.String(inner, "subtype"),
            JsonRead.String(inner, "user"),
            JsonRead.String(inner, "bot_id"),
            JsonRead.String(inner, "text"),
            JsonRead.String(inner, "channel"),
            JsonRead.String(inner, "ts"),
            JsonRead.String(inner, "thread_ts"));
}
