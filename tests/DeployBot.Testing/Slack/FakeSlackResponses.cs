using System.Text.Json.Nodes;

namespace DeployBot.Testing.Slack;

/// <summary>Success bodies shaped like Slack's real answers (slack-protocol.md §5), with the checks Slack makes on messages.</summary>
internal static class FakeSlackResponses
{
    public static string? CheckMessage(JsonObject body)
    {
        if (body["blocks"] is not JsonArray blocks)
        {
            return string.IsNullOrEmpty(Text(body, "text")) ? "no_text" : null;
        }

        if (blocks.Count > 50)
        {
            return "invalid_blocks";
        }

        foreach (var block in blocks.OfType<JsonObject>())
        {
            var type = Text(block, "type");
            var text = block["text"] is JsonObject textObject ? Text(textObject, "text") : null;
            if ((type == "section" && text is { Length: > 3000 }) || (type == "header" && text is { Length: > 150 }))
            {
                return "invalid_blocks";
            }
        }

        return null;
    }

    public static JsonObject Message(string ts, JsonObject body, string botUserId, string botId) => new()
    {
        ["type"] = "message",
        ["subtype"] = "bot_message",
        ["text"] = Text(body, "text") ?? string.Empty,
        ["ts"] = ts,
        ["user"] = botUserId,
        ["bot_id"] = botId,
        ["blocks"] = body["blocks"]?.DeepClone(),
        ["thread_ts"] = Text(body, "thread_ts"),
    };

    public static JsonObject View(JsonObject body, string viewId, string hash)
    {
        var view = body["view"]?.DeepClone() as JsonObject ?? [];
        view["id"] = viewId;
        view["team_id"] = "T0FAKETEAM";
        view["hash"] = hash;
        view["root_view_id"] = viewId;
        view["app_id"] = "A0DEPLOYBOT";
        view["bot_id"] = "B0DEPLOYBOT";
        return view;
    }

    public static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
