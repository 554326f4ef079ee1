using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Planning.Parsing;

/// <summary>
/// Builds the plan record from a model's draft: the context always from the request (never from the model),
/// release kind and risks from the model when they are valid words, otherwise from the offline analysis.
/// </summary>
internal static class PlanAssembler
{
    public static DeploymentPlan Assemble(PlanDraft draft, PlanningInput input, PlannerInfo planner, Func<ReleaseAnalysis> offlineAnalysis)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        var kind = ParseKind(draft.ReleaseKind);
        var risks = ParseRisks(draft.Risks);
        if (kind is null || risks is null)
        {
            var offline = offlineAnalysis();
            kind ??= offline.Kind;
            risks ??= offline.Risks;
        }

        return new DeploymentPlan(
            new PlanContext(request.Notes, request.Environment, request.Window, request.Flag),
            [.. draft.Summary],
            [.. draft.PreDeploymentChecks],
            [.. draft.Steps],
            [.. draft.Verification],
            [.. draft.Rollback],
            [.. draft.NextActions],
            kind.Value,
            risks,
            planner);
    }

    private static ReleaseKind? ParseKind(string? written) =>
        Enum.GetValues<ReleaseKind>().Select(kind => (ReleaseKind?)kind)
            .FirstOrDefault(kind => kind.ToString()!.Equals(written?.Trim(), StringComparison.OrdinalIgnoreCase));

    // All or nothing: one word outside the vocabulary means the model did not follow it, so none of its words are trusted.
    private static IReadOnlyList<RiskArea>? ParseRisks(List<string>? written)
    {
        if (written is null)
        {
            return null;
        }

        var risks = new List<RiskArea>();
        foreach (var word in written)
        {
            if (!Enum.TryParse<RiskArea>(word.Trim(), ignoreCase: true, out var risk) || !Enum.IsDefined(risk) || char.IsDigit(word.Trim()[0]))
            {
                return null;
            }

            if (!risks.Contains(risk))
            {
                risks.Add(risk);
            }
        }

        return risks;
    }
}
