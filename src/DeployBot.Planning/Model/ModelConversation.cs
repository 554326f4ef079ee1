using DeployBot.Core.Plans;
using DeployBot.Planning.Prompts;
using DeployBot.Planning.Resilience;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace DeployBot.Planning.Model;

/// <summary>
/// One request to the model across its attempts (a plan, a rollback plan): counts them, reads and validates each
/// answer, and after a rejected answer makes the next attempt a repair that quotes the violations.
/// </summary>
internal abstract class ModelConversation<T>(IChatCompletionService chat, Kernel kernel, PromptExecutionSettings settings, string purpose, string? apiKey)
    where T : class
{
    private ModelAnswerRejectedException? _lastRejection;

    public int Attempts { get; private set; }

    /// <summary>The random marker code that fences the untrusted text of this request's prompts.</summary>
    protected UntrustedText Fence { get; } = UntrustedText.CreateFence();

    public async ValueTask<T> AttemptAsync(CancellationToken cancellationToken)
    {
        Attempts++;
        var history = Prompt();
        if (_lastRejection is { } rejection)
        {
            PlanPrompt.AddRepair(history, rejection.Answer, rejection.Violations);
        }

        ModelTelemetry.Attempted(purpose);
        var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, cancellationToken);
        ModelTelemetry.Answered(reply, purpose);
        var answer = ApiKeyRedaction.Redact(reply.Content ?? string.Empty, apiKey);
        var violations = Check(answer, out var result);
        if (violations.Count > 0)
        {
            _lastRejection = new ModelAnswerRejectedException(violations, answer);
            throw _lastRejection;
        }

        return result!;
    }

    /// <summary>The conversation of one attempt before any repair: system text and the fenced request.</summary>
    protected abstract ChatHistory Prompt();

    /// <summary>Reads the answer into <paramref name="result"/> and returns what is wrong with it (empty when usable).</summary>
    protected abstract IReadOnlyList<PlanViolation> Check(string answer, out T? result);
}
