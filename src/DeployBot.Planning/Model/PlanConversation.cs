using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Validation;
using DeployBot.Planning.Parsing;
using DeployBot.Planning.Prompts;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace DeployBot.Planning.Model;

/// <summary>One plan request to the model across its attempts (<see cref="ModelConversation{T}"/>).</summary>
internal sealed class PlanConversation(
    PlanningInput input,
    IChatCompletionService chat,
    Kernel kernel,
    PromptExecutionSettings settings,
    string? modelId,
    string? apiKey = null) : ModelConversation<DeploymentPlan>(chat, kernel, settings, "plan", apiKey)
{
    protected override ChatHistory Prompt() => PlanPrompt.Create(input, Fence);

    protected override IReadOnlyList<PlanViolation> Check(string answer, out DeploymentPlan? plan)
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

        // The model's own reading of the items replaces DeployBot's where it gave one (never un-destroying an item); the
        // plan record and the validator then go by it.
        var reviewed = input.Reviewed(draft.Readings);
        plan = PlanAssembler.Assemble(
            draft, reviewed, new PlannerInfo(PlannerInfo.Model, modelId, Attempts, null), () => reviewed.Analysis);
        return PlanValidator.Validate(plan, reviewed);
    }
}
