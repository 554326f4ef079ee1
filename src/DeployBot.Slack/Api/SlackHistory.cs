using System.Text.Json;
using DeployBot.Slack.Inbound;

namespace DeployBot.Slack.Api;

/// <summary>Reads <c>conversations.history</c> answers: the messages with their metadata, and the next page's cursor.</summary>
internal static class SlackHistory
{
    public static IReadOnlyList<SlackHistoryMessage> ReadMessages(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = new List<SlackHistoryMessage>();
        foreach (var message in messages.EnumerateArray())
        {
            if (JsonRead.String(message, "ts") is { } ts)
            {
                result.Add(new SlackHistoryMessage(ts, JsonRead.String(message, "metadata", "event_type"), Payload(message)));
            }
        }

        return result;
    }

    public static string? ReadNextCursor(JsonElement root) =>
        JsonRead.String(root, "response_metadata", "next_cursor") is { Length: > 0 } cursor ? cursor : null;

    private static Dictionary<string, string> Payload(JsonElement message)
    {
        var payload = new Dictionary<string, string>(StringComparer.Ordinal);
        if (message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("event_payload", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                if (JsonRead.Text(field.Value) is { } value)
                {
                    payload[field.Name] = value;
                }
            }
        }

        return payload;
    }
}
