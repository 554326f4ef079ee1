using System.Text.Json.Nodes;
using DeployBot.Slack.Rendering;
using DeployBot.Slack.Tests.Support;

namespace DeployBot.Slack.Tests.SocketMode;

/// <summary>Envelope payloads built from the real frames under Payloads/SocketMode (see SOURCES.md) with DeployBot's values swapped in.</summary>
internal static class SocketEnvelopes
{
    public const string UserId = "U111";
    public const string ChannelId = "C111";

    public static JsonObject Frame(string name) => Payloads.Json($"SocketMode/{name}");

    /// <summary>The python-slack-sdk <c>slash_commands</c> payload as <c>/deploy-plan</c> with this text and trigger.</summary>
    public static JsonObject SlashCommand(string text, string triggerId, string responseUrl)
    {
        var payload = Frame("slash-commands-envelope-python-sdk.json")["payload"]!.DeepClone().AsObject();
        payload["command"] = "/deploy-plan";
        payload["text"] = text;
        payload["trigger_id"] = triggerId;
        payload["response_url"] = responseUrl;
        return payload;
    }

    /// <summary>The python-slack-sdk app_mention <c>events_api</c> payload, placed in a thread.</summary>
    public static JsonObject MentionInThread(string eventId, string threadTs, string ts, string text)
    {
        var payload = Frame("events-api-app-mention-envelope-python-sdk.json")["payload"]!.DeepClone().AsObject();
        payload["event_id"] = eventId;
        payload["authorizations"]![0]!["user_id"] = "U0DEPLOYBOT";
        var inner = payload["event"]!.AsObject();
        inner["thread_ts"] = threadTs;
        inner["ts"] = ts;
        inner["event_ts"] = ts;
        inner["text"] = $"<@U0DEPLOYBOT> {text}";
        return payload;
    }

    /// <summary>The java-slack-sdk view_submission for DeployBot's form, as an <c>interactive</c> payload.</summary>
    public static JsonObject Submission(string responseUrl, string? notes, string triggerId)
    {
        var metadata = new FormMetadata("form-1", UserId, "testxyz", ChannelId, responseUrl).Serialize();
        var payload = Payloads.ViewSubmission(metadata, new Dictionary<string, string?> { ["notes"] = notes, ["environment"] = "production", ["window"] = null, ["flag"] = null }, UserId);
        payload["trigger_id"] = triggerId;
        return payload;
    }
}
