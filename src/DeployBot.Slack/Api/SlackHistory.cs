using System.Text.Json;

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
            if (Text(message, "ts") is { } ts)
            {
                var metadata = message.TryGetProperty("metadata", out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
                result.Add(new SlackHistoryMessage(ts, Text(metadata, "event_type"), Payload(metadata)));
            }
        }

        return result;
    }

    public static string? ReadNextCursor(JsonElement root) =>
        root.TryGetProperty("response_metadata", out var page) && Text(page, "next_cursor") is { Length: > 0 } cursor ? cursor : null;

    private static Dictionary<string, string> Payload(JsonElement metadata)
    {
        var payload = new Dictionary<string, string>(StringComparer.Ordinal);
        if (metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("event_payload", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                if (field.Value.ValueKind == JsonValueKind.String)
                {
                    payload[field.Name] = field.Value.GetString()!;
                }
            }
        }

        return payload;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
