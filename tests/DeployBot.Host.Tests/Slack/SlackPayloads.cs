using System.Text.Json.Nodes;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Slack;

/// <summary>Interaction and event payloads shaped like Slack's (see tests/DeployBot.Slack.Tests/Payloads/SOURCES.md).</summary>
internal static class SlackPayloads
{
    /// <summary>A view_submission for the modal DeployBot opened: same view id, callback and private_metadata, the given values.</summary>
    public static string ViewSubmission(JsonObject openedView, string viewId, string triggerId, IReadOnlyDictionary<string, string?> values)
    {
        var state = new JsonObject();
        foreach (var (blockId, value) in values)
        {
            state[blockId] = new JsonObject
            {
                ["value"] = blockId == "environment"
                    ? new JsonObject { ["type"] = "static_select", ["selected_option"] = value is null ? null : new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value, ["emoji"] = true }, ["value"] = value } }
                    : new JsonObject { ["type"] = "plain_text_input", ["value"] = value },
            };
        }

        var view = (JsonObject)openedView.DeepClone();
        view["id"] = viewId;
        view["team_id"] = FakeSlackApi.TeamId;
        view["state"] = new JsonObject { ["values"] = state };
        view["hash"] = "1569562184.10297bc3";
        view["root_view_id"] = viewId;
        view["previous_view_id"] = null;
        view["app_id"] = "A0DEPLOYBOT";
        view["bot_id"] = FakeSlackApi.BotId;
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = FakeSlackApi.TeamId, ["domain"] = "fake" },
            ["user"] = new JsonObject { ["id"] = SlackHost.RequesterId, ["username"] = "asker", ["name"] = "asker", ["team_id"] = FakeSlackApi.TeamId },
            ["api_app_id"] = "A0DEPLOYBOT",
            ["token"] = "random value",
            ["trigger_id"] = triggerId,
            ["view"] = view,
            ["response_urls"] = new JsonArray(),
        };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }

    /// <summary>A person's message in a thread, as the Events API delivers it (event_callback envelope).</summary>
    public static JsonObject ThreadMessage(string eventId, string channel, string threadTs, string ts, string text, string user = "U0ONCALL01", string type = "message") =>
        new()
        {
            ["token"] = "verification-token",
            ["team_id"] = FakeSlackApi.TeamId,
            ["api_app_id"] = "A0DEPLOYBOT",
            ["event"] = new JsonObject
            {
                ["client_msg_id"] = Guid.NewGuid().ToString(),
                ["type"] = type,
                ["text"] = text,
                ["user"] = user,
                ["ts"] = ts,
                ["team"] = FakeSlackApi.TeamId,
                ["thread_ts"] = threadTs,
                ["parent_user_id"] = FakeSlackApi.BotUserId,
                ["channel"] = channel,
                ["event_ts"] = ts,
                ["channel_type"] = "channel",
            },
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1_718_000_100,
            ["authorizations"] = new JsonArray(new JsonObject { ["enterprise_id"] = null, ["team_id"] = FakeSlackApi.TeamId, ["user_id"] = FakeSlackApi.BotUserId, ["is_bot"] = true, ["is_enterprise_install"] = false }),
            ["is_ext_shared_channel"] = false,
            ["event_context"] = "4-eyJldCI6Im1lc3NhZ2UifQ",
        };
}
