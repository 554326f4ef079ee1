using System.Text.Json.Nodes;

namespace DeployBot.Teams.Handling;

/// <summary>The body of an invoke response for <c>adaptiveCard/action</c> (teams-protocol.md §5, Universal Actions "Response format").</summary>
internal sealed record InvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public static InvokeResponse Card(JsonObject card) => new(200, "application/vnd.microsoft.card.adaptive", card);

    public static InvokeResponse Message(string text) => new(200, "application/vnd.microsoft.activity.message", JsonValue.Create(text));

    public static InvokeResponse Error(int status, string message) =>
        new(status, "application/vnd.microsoft.error", new JsonObject { ["code"] = "BadRequest", ["message"] = message });
}
