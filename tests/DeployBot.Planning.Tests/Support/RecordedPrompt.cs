using System.Text.Json;
using DeployBot.Testing.Model;

namespace DeployBot.Planning.Tests.Support;

/// <summary>The chat messages of a request the fake recorded, as (role, content) pairs.</summary>
internal static class RecordedPrompt
{
    public static IReadOnlyList<(string Role, string Content)> Messages(RecordedChatRequest request)
    {
        using var document = JsonDocument.Parse(request.Body);
        return
        [
            .. document.RootElement.GetProperty("messages").EnumerateArray()
                .Select(message => (message.GetProperty("role").GetString()!, Content(message.GetProperty("content")))),
        ];
    }

    // Content is a string, or an array of { type: "text", text } parts.
    private static string Content(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var text) ? text.GetString() : string.Empty));
}
