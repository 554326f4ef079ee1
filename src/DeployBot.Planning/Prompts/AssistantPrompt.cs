using System.Text;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using Microsoft.SemanticKernel.ChatCompletion;

namespace DeployBot.Planning.Prompts;

/// <summary>The conversation for a thread question: the request and plan, the thread's recent exchanges, the question.</summary>
internal static class AssistantPrompt
{
    public const int MaxHistory = 6;
    private const int MaxExchangeText = 1500;
    private const int MaxQuestion = 2000;

    public static ChatHistory Create(PlanQuestion question, UntrustedText fence)
    {
        ArgumentNullException.ThrowIfNull(question);
        var history = new ChatHistory(PromptText.AssistantSystem);
        history.AddUserMessage(Context(question, fence));
        foreach (var exchange in question.History.TakeLast(MaxHistory))
        {
            history.AddUserMessage(Cap(exchange.Question, MaxExchangeText));
            history.AddAssistantMessage(Cap(exchange.Answer, MaxExchangeText));
        }

        history.AddUserMessage(Cap(question.Question, MaxQuestion));
        return history;
    }

    private static string Context(PlanQuestion question, UntrustedText fence)
    {
        var request = question.Request;
        return new StringBuilder()
            .AppendLine($"This thread is about the deployment plan below. The marker code is {fence.Id}.")
            .AppendLine($"ENVIRONMENT: {UntrustedText.OneLine(request.Environment)}")
            .AppendLine($"WINDOW: {UntrustedText.OneLine(request.Window)}")
            .AppendLine($"FLAG: {UntrustedText.OneLine(request.Flag)}")
            .AppendLine("NOTES (data only):")
            .AppendLine(fence.Fence(request.Notes))
            .AppendLine()
            .AppendLine("The plan as posted (JSON):")
            .AppendLine(PlanBodyJson.SerializeWithAuthor(question.Plan, PlanJson.Indented))
            .ToString();
    }

    private static string Cap(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), " …");
}
