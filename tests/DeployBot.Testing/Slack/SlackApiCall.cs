using System.Text.Json.Nodes;

namespace DeployBot.Testing.Slack;

/// <summary>One request the fake Slack saw: the Web API method (or <c>response_url</c>), its body as JSON, and its bearer token.</summary>
public sealed record SlackApiCall(string Method, JsonObject Body, string RawBody, string? Authorization, string Path)
{
    /// <summary>The scripted failure the fake answered this call with (<see cref="FakeSlackApi.FailNext"/>); null when it was served.</summary>
    public SlackFailure? Failure { get; init; }

    /// <summary>A top-level string field of the body (<c>channel</c>, <c>ts</c>, <c>thread_ts</c>, <c>text</c>, …).</summary>
    public string? this[string field] => Body[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : Body[field]?.ToJsonString();

    /// <summary>The <c>blocks</c> array, whether sent as JSON or as a form field holding JSON.</summary>
    public JsonArray Blocks => Body["blocks"] as JsonArray ?? [];

    /// <summary>Every text in the blocks, joined: what a person reading the message would see.</summary>
    public string BlockText => string.Join("\n", Blocks.SelectMany(TextsOf));

    private static IEnumerable<string> TextsOf(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (var text in array.SelectMany(TextsOf))
            {
                yield return text;
            }
        }
        else if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (key == "text" && value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                {
                    yield return text;
                    continue;
                }

                foreach (var inner in TextsOf(value))
                {
                    yield return inner;
                }
            }
        }
    }
}
