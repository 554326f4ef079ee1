using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeployBot.Testing.Model;

/// <summary>The wire shapes of OpenAI's chat-completions API, as real servers send them (snake_case).</summary>
internal static class ChatCompletionWire
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Completion(string id, string model, string content, long created, int promptTokens)
    {
        var completionTokens = Math.Max(1, content.Length / 4);
        var body = new CompletionBody(
            id,
            "chat.completion",
            created,
            model,
            [new Choice(0, new Message("assistant", content, null), null, "stop")],
            new Usage(promptTokens, completionTokens, promptTokens + completionTokens),
            "fp_deploybot_fake");
        return JsonSerializer.Serialize(body, Options);
    }

    public static string Error(string message, string type, string? code) =>
        JsonSerializer.Serialize(new ErrorEnvelope(new ErrorBody(message, type, null, code)), Options);

    /// <summary>The <c>model</c> of a request body, or "unknown" when the body is not what a client sends.</summary>
    public static string ModelOf(string requestBody)
    {
        try
        {
            using var document = JsonDocument.Parse(requestBody);
            return document.RootElement.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String
                ? model.GetString() ?? "unknown"
                : "unknown";
        }
        catch (JsonException)
        {
            return "unknown";
        }
    }

    private sealed record CompletionBody(
        string Id, string Object, long Created, string Model, Choice[] Choices, Usage Usage, string SystemFingerprint);

    private sealed record Choice(int Index, Message Message, object? Logprobs, string FinishReason);

    private sealed record Message(string Role, string Content, string? Refusal);

    private sealed record Usage(int PromptTokens, int CompletionTokens, int TotalTokens);

    private sealed record ErrorEnvelope(ErrorBody Error);

    private sealed record ErrorBody(string Message, string Type, string? Param, string? Code);
}
