using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Planning.Parsing;

/// <summary>
/// Builds the plan record from a model's draft: the context always from the request (never from the model),
/// release kind from the model when it is a valid word, otherwise from the analysis; risks are the analysis's plus any
/// valid ones the model adds (a model never removes a risk the notes show); items and source from the analysis.
/// </summary>
internal static class PlanAssembler
{
    public static DeploymentPlan Assemble(PlanDraft draft, PlanningInput input, PlannerInfo planner, Func<ReleaseAnalysis> offlineAnalysis)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        var kind = ParseKind(draft.ReleaseKind);
        var risks = draft.Risks is null ? null : RiskWords.Read(draft.Risks);
        var analysis = offlineAnalysis();
        kind ??= analysis.Kind;
        risks = [.. analysis.Risks.Concat(risks ?? []).Distinct().Order()];

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
            planner)
        {
            Items = analysis.Items,
            Source = PlanSources.Describe(input.Release),
        };
    }

    private static ReleaseKind? ParseKind(string? written) =>
        Enum.GetValues<ReleaseKind>().Select(kind => (ReleaseKind?)kind)
            .FirstOrDefault(kind => kind.ToString()!.Equals(written?.Trim(), StringComparison.OrdinalIgnoreCase));
}
