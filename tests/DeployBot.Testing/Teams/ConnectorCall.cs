using System.Text.Json.Nodes;

namespace DeployBot.Testing.Teams;

/// <summary>One request the bot made to the fake connector, and what the fake answered.</summary>
/// <param name="Operation">One of <see cref="ConnectorOperations"/>.</param>
/// <param name="ConversationId">The decoded conversation id from the path (null for create-conversation).</param>
/// <param name="ActivityId">The activity id from the path (reply and update), or null.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Authorization">The Authorization header as sent, or null.</param>
/// <param name="Status">The HTTP status the fake answered.</param>
/// <param name="AssignedId">The activity id the fake assigned (root message id for a new conversation).</param>
public sealed record ConnectorCall(string Operation, string? ConversationId, string? ActivityId, JsonNode Body, string? Authorization, int Status, string? AssignedId)
{
    /// <summary>The first Adaptive Card attachment's content, or null.</summary>
    public JsonObject? Card =>
        ActivityBody?["attachments"]?.AsArray().FirstOrDefault(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;

    /// <summary>The activity that was sent (for create-conversation, the one inside the parameters).</summary>
    public JsonObject? ActivityBody => Operation == ConnectorOperations.CreateConversation ? Body["activity"] as JsonObject : Body as JsonObject;

    public string? Text => (string?)ActivityBody?["text"];

    /// <summary>Everything visible in the message: its text and all card text, for "does it say X" assertions.</summary>
    public string Visible => (Text ?? string.Empty) + "\n" + (Card?.ToJsonString() ?? string.Empty);

    public bool Succeeded => Status is >= 200 and < 300;
}

public static class ConnectorOperations
{
    public const string CreateConversation = "create";
    public const string SendToConversation = "send";
    public const string ReplyToActivity = "reply";
    public const string UpdateActivity = "update";
}
