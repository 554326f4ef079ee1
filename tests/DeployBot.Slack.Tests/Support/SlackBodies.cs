using System.Text.Json.Nodes;

namespace DeployBot.Slack.Tests.Support;

/// <summary>Request bodies built from the real payloads with DeployBot's values swapped in.</summary>
internal static class SlackBodies
{
    public static string Command(string text, string responseUrl, string triggerId = "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c") =>
        Payloads.Text("slash-command-docs-example.txt")
            .Replace("command=%2Fwebhook-collect", "command=%2Fdeploy-plan", StringComparison.Ordinal)
            .Replace("text=&", $"text={Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal)}&", StringComparison.Ordinal)
            .Replace("response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN", $"response_url={Uri.EscapeDataString(responseUrl)}", StringComparison.Ordinal)
            .Replace("trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", $"trigger_id={triggerId}", StringComparison.Ordinal);

    public static string Interaction(JsonObject payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    /// <summary>The python-slack-sdk message envelope, placed in a thread, from a person, with a new event id.</summary>
    public static JsonObject ThreadMessage(string eventId, string channel, string threadTs, string ts, string text, string type = "message")
    {
        var envelope = Payloads.Json(type == "app_mention" ? "event-app-mention-python-sdk.json" : "event-message-python-sdk.json");
        envelope["event_id"] = eventId;
        envelope["authorizations"]![0]!["user_id"] = "U0DEPLOYBOT";
        var inner = envelope["event"]!.AsObject();
        inner["channel"] = channel;
        inner["thread_ts"] = threadTs;
        inner["parent_user_id"] = "U0DEPLOYBOT";
        inner["ts"] = ts;
        inner["event_ts"] = ts;
        inner["text"] = text;
        return envelope;
    }
}
