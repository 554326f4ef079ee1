using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Plans.Validation;
using DeployBot.Planning.Parsing;
using DeployBot.Planning.Prompts;
using DeployBot.Planning.Resilience;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace DeployBot.Planning.Model;

/// <summary>
/// One plan request to the model across its attempts: counts them, and after a rejected answer makes the next
/// attempt a repair that quotes the violations.
/// </summary>
internal sealed class PlanConversation(
    PlanningInput input,
    IChatCompletionService chat,
    Kernel kernel,
    PromptExecutionSettings settings,
    string? modelId,
    string? apiKey = null)
{
    private readonly UntrustedText _fence = UntrustedText.CreateFence();
    private ModelAnswerRejectedException? _lastRejection;

    public int Attempts { get; private set; }

    public async ValueTask<DeploymentPlan> AttemptAsync(CancellationToken cancellationToken)
    {
        Attempts++;
        var history = PlanPrompt.Create(input, _fence);
        if (_lastRejection is { } rejection)
        {
            PlanPrompt.AddRepair(history, rejection.Answer, rejection.Violations);
        }

        ModelTelemetry.Attempted("plan");
        var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, cancellationToken);
        ModelTelemetry.Answered(reply, "plan");
        var answer = ApiKeyRedaction.Redact(reply.Content ?? string.Empty, apiKey);
        var violations = Check(answer, out var plan);
        if (violations.Count > 0)
        {
            _lastRejection = new ModelAnswerRejectedException(violations, answer);
            throw _lastRejection;
        }

        return plan!;
    }

    private IReadOnlyList<PlanViolation> Check(string answer, out DeploymentPlan? plan)
    {
        plan = null;
        var draft = ModelAnswerReader.Read(answer);
        if (draft.IsEmpty)
        {
            return [new PlanViolation("unreadable-answer", "The answer was neither the JSON object asked for nor a plan with the six section headings.")];
        }

        var missing = draft.MissingSections();
        if (missing.Count > 0)
        {
            return [.. missing.Select(name => new PlanViolation(PlanRules.SectionMissing(name), $"The \"{name}\" section is missing or empty."))];
        }

        plan = PlanAssembler.Assemble(
            draft, input, new PlannerInfo(PlannerInfo.Model, modelId, Attempts, null), () => input.Analysis);
        return PlanValidator.Validate(plan, input);
    }
}
