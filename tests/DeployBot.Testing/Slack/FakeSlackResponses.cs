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

            if (block["elements"] is JsonArray elements && elements.OfType<JsonObject>().Any(element => !CheckboxesValid(element)))
            {
                return "invalid_blocks";
            }
        }

        return null;
    }

    /// <summary>Slack's checkboxes rules (slack-protocol.md §5): 1–10 options, text and description ≤ 75, value ≤ 150,
    /// initial_options a non-empty subset of the options.</summary>
    private static bool CheckboxesValid(JsonObject element)
    {
        if (Text(element, "type") != "checkboxes")
        {
            return true;
        }

        if (element["options"] is not JsonArray { Count: >= 1 and <= 10 } options)
        {
            return false;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options.OfType<JsonObject>())
        {
            var label = option["text"] is JsonObject text ? Text(text, "text") : null;
            var description = option["description"] is JsonObject about ? Text(about, "text") : null;
            if (label is not { Length: >= 1 and <= 75 } || description is { Length: > 75 } || Text(option, "value") is not { Length: >= 1 and <= 150 } value || !values.Add(value))
            {
                return false;
            }
        }

        return element["initial_options"] is not { } initial
            || (initial is JsonArray { Count: > 0 } ticked && ticked.OfType<JsonObject>().All(option => Text(option, "value") is { } value && values.Contains(value)));
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
