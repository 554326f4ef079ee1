using DeployBot.Core.Planning;
using DeployBot.Core.Plans;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The deterministic planner: the default with no model configured, and the fallback when the model fails. It
/// composes the playbook of every kind of change the release is (DeployBot.Playbooks.Kinds) from the one release
/// analysis in <see cref="PlanningInput"/>. Every plan it writes passes <see cref="PlanValidator"/>. NOTES are
/// untrusted data: they appear in the context block, and only names and items taken from them reach the sections.
/// </summary>
public sealed class OfflinePlanner : IDeploymentPlanner
{
    public Task<DeploymentPlan> CreatePlanAsync(PlanningInput input, CancellationToken cancellationToken) =>
        Task.FromResult(CreatePlan(input, fallbackReason: null, attempts: 0, modelId: null));

    /// <summary>Writes the plan; <paramref name="fallbackReason"/> says why the model did not write it, when it was asked to.</summary>
    public DeploymentPlan CreatePlan(PlanningInput input, string? fallbackReason, int attempts, string? modelId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        var facts = PlanFacts.From(input);
        var schedule = StepsWriter.Plan(facts);
        var summary = SummaryWriter.Write(facts, schedule);
        var steps = schedule.PlanSteps();
        var verification = VerificationWriter.Write(facts);
        var rollback = RollbackWriter.Write(facts, schedule);
        var nextActions = NextActionsWriter.Write(facts);
        var checks = ChecksWriter.Write(facts, schedule);
        if (AssumedSetup.Describe(facts.Paths.Assumed) is { } assumption)
        {
            checks.Insert(0, assumption);
        }

        var plan = new DeploymentPlan(
            new PlanContext(request.Notes, request.Environment, request.Window, request.Flag),
            summary, checks, steps, verification, rollback, nextActions,
            facts.Analysis.Kind,
            facts.Analysis.Risks,
            new PlannerInfo(PlannerInfo.Offline, modelId, attempts, fallbackReason))
        {
            Items = input.Analysis.Items,
            Source = PlanSources.Describe(input.Release),
        };
        return StoredDataWayBack.Ensure(plan, input);
    }
}
