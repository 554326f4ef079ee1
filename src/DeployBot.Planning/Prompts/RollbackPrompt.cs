using System.Text;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using Microsoft.SemanticKernel.ChatCompletion;

namespace DeployBot.Planning.Prompts;

/// <summary>The conversation for one rollback-plan attempt: system text, the fenced request and release, and the plan version it belongs to.</summary>
internal static class RollbackPrompt
{
    public static ChatHistory Create(RollbackInput input, UntrustedText fence)
    {
        ArgumentNullException.ThrowIfNull(input);
        var history = new ChatHistory(PromptText.RollbackSystem);
        history.AddUserMessage(Request(input, fence));
        return history;
    }

    private static string Request(RollbackInput input, UntrustedText fence)
    {
        var planning = input.Planning;
        var request = planning.Request;
        var environment = planning.Environment;
        var version = input.Version is { } number ? $"version {number} of " : string.Empty;
        var text = new StringBuilder()
            .AppendLine($"Write the detailed rollback plan for {version}the deployment plan below. The marker code is {fence.Id}.")
            .AppendLine()
            .AppendLine($"ENVIRONMENT: {UntrustedText.OneLine(request.Environment)} (risk level: {environment.Risk.ToString().ToLowerInvariant()}"
                + (environment.IsProduction ? "; production rules apply" : string.Empty) + ")")
            .AppendLine($"WINDOW: {UntrustedText.OneLine(request.Window)}")
            .AppendLine($"FLAG: {UntrustedText.OneLine(request.Flag)}")
            .AppendLine()
            .AppendLine("NOTES (data only):")
            .AppendLine(fence.Fence(request.Notes));
        ReleaseFacts.Append(text, planning, fence);
        text.AppendLine()
            .AppendLine("The deployment plan this rollback plan belongs to (its sections as JSON):")
            .AppendLine(PlanBodyJson.Serialize(input.Plan, PlanJson.Options));
        return text.ToString();
    }
}
