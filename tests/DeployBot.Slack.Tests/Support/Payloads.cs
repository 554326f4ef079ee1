using System.Text.Json.Nodes;

namespace DeployBot.Slack.Tests.Support;

/// <summary>The real-shaped payloads under Payloads/ (see Payloads/SOURCES.md), read as exact bytes or JSON.</summary>
internal static class Payloads
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static JsonObject Json(string name) => (JsonObject)JsonNode.Parse(Text(name))!;

    /// <summary>The java-slack-sdk view_submission with DeployBot's callback id, metadata and input values in place of the sample's.</summary>
    public static JsonObject ViewSubmission(string privateMetadata, IReadOnlyDictionary<string, string?> values, string userId = "U12345678")
    {
        var payload = Json("view-submission-java-sdk.json");
        payload["user"]!["id"] = userId;
        var view = payload["view"]!.AsObject();
        view["callback_id"] = "deploy_plan_form";
        view["private_metadata"] = privateMetadata;
        var state = new JsonObject();
        foreach (var (blockId, value) in values)
        {
            state[blockId] = new JsonObject
            {
                ["value"] = blockId == "environment"
                    ? new JsonObject { ["type"] = "static_select", ["selected_option"] = value is null ? null : new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value }, ["value"] = value } }
                    : new JsonObject { ["type"] = "plain_text_input", ["value"] = value },
            };
        }

        view["state"] = new JsonObject { ["values"] = state };
        return payload;
    }
}
