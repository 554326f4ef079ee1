using DeployBot.Core.Telemetry;
using Microsoft.SemanticKernel;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace DeployBot.Planning.Resilience;

/// <summary>Records model calls in DeployBot's metrics: each attempt, each retry, and the tokens an answer used.</summary>
internal static class ModelTelemetry
{
    /// <summary>What the call was for: <c>plan</c> or <c>question</c>.</summary>
    public const string PurposeTag = "purpose";

    public static void Attempted(string purpose) =>
        DeployBotTelemetry.ModelAttempts.Add(1, new KeyValuePair<string, object?>(PurposeTag, purpose));

    public static void Retried(string? failure) =>
        DeployBotTelemetry.ModelRetries.Add(1, new KeyValuePair<string, object?>("failure", failure ?? "none"));

    /// <summary>Input and output tokens as the server reported them (OpenAI-style <c>usage</c>); nothing when it did not.</summary>
    public static void Answered(ChatMessageContent reply, string purpose)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Metadata?.TryGetValue("Usage", out var usage) != true || usage is not ChatTokenUsage tokens)
        {
            return;
        }

        var tag = new KeyValuePair<string, object?>(PurposeTag, purpose);
        DeployBotTelemetry.TokensUsed.Add(tokens.InputTokenCount, tag, new KeyValuePair<string, object?>("direction", "input"));
        DeployBotTelemetry.TokensUsed.Add(tokens.OutputTokenCount, tag, new KeyValuePair<string, object?>("direction", "output"));
    }
}
