using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Planning.Parsing;
using DeployBot.Planning.Prompts;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace DeployBot.Planning.Model;

/// <summary>One rollback-plan request to the model across its attempts, held to <see cref="RollbackValidator"/>.</summary>
internal sealed class RollbackConversation(
    RollbackInput input,
    IChatCompletionService chat,
    Kernel kernel,
    PromptExecutionSettings settings,
    string? modelId,
    string? apiKey = null) : ModelConversation<RollbackPlan>(chat, kernel, settings, "rollback", apiKey)
{
    protected override ChatHistory Prompt() => RollbackPrompt.Create(input, Fence);

    protected override IReadOnlyList<PlanViolation> Check(string answer, out RollbackPlan? plan)
    {
        plan = null;
        var draft = RollbackAnswerReader.Read(answer);
        if (draft.IsEmpty)
        {
            return [new PlanViolation("unreadable-answer", "The answer was neither the JSON object asked for nor a rollback plan with the six section headings.")];
        }

        var missing = draft.MissingSections();
        if (missing.Count > 0)
        {
            return [.. missing.Select(name => new PlanViolation(RollbackRules.SectionMissing(name), $"The \"{name}\" section is missing or empty."))];
        }

        plan = Assemble(draft);
        var violations = RollbackValidator.Validate(plan, input.Planning);
        return draft.IsInOrder
            ? violations
            : [new PlanViolation(RollbackRules.SectionOrder, $"The sections must come in this order: {string.Join(", ", RollbackSections.InOrder)}."), .. violations];
    }

    // The context always comes from the request and the stored version, never from the model.
    private RollbackPlan Assemble(RollbackDraft draft)
    {
        var request = input.Planning.Request;
        return new RollbackPlan(
            new RollbackContext(input.PlanId, input.Version, request.Notes, request.Environment, request.Flag),
            [.. draft.Text(RollbackSection.Summary)],
            [.. draft.Text(RollbackSection.Triggers)],
            [.. draft.Steps],
            [.. draft.Text(RollbackSection.DataRecovery)],
            [.. draft.Text(RollbackSection.Verification)],
            [.. draft.Text(RollbackSection.Communication)],
            new PlannerInfo(PlannerInfo.Model, modelId, Attempts, null));
    }
}
