using DeployBot.Core.Planning;
using DeployBot.Core.Plans.Validation;

namespace DeployBot.Core.Plans;

/// <summary>One broken rule of a plan, by name, so a repair prompt can quote it.</summary>
public sealed record PlanViolation(string Rule, string Message);

/// <summary>Checks a plan's structure and the content rules that follow from its inputs (DESIGN.md "validation after").</summary>
/// <remarks>Rule names are the constants of <see cref="PlanRules"/>.</remarks>
public static class PlanValidator
{
    /// <summary>Every violation of the plan against its input; empty when the plan is acceptable.</summary>
    public static IReadOnlyList<PlanViolation> Validate(DeploymentPlan plan, PlanningInput input)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        string?[] userValues = [request.Window, request.Flag, request.Environment, plan.Context.Environment];
        return ContextRules.Check(plan.Context, request)
            .Concat(StructureRules.Check(plan, userValues, QuotedNotes.Of(input.Release?.Text ?? request.Notes)))
            .Concat(ContentRules.Check(plan, input))
            .ToArray();
    }
}
