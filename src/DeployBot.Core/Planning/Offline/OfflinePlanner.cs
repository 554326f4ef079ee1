using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>
/// The deterministic planner: the default with no model configured, and the fallback when the model fails.
/// Every plan it writes passes <see cref="PlanValidator"/>. NOTES are untrusted data: they appear only in the context
/// block; the sections are written from the risk areas found in them, the environment's policy, WINDOW and FLAG.
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
        return new DeploymentPlan(
            new PlanContext(request.Notes, request.Environment, request.Window, request.Flag),
            SummaryWriter.Write(facts, schedule),
            ChecksWriter.Write(facts, schedule),
            schedule.Steps.Select(step => step.Step).ToArray(),
            VerificationWriter.Write(facts),
            RollbackWriter.Write(facts),
            NextActionsWriter.Write(facts),
            facts.Analysis.Kind,
            facts.Analysis.Risks,
            new PlannerInfo(PlannerInfo.Offline, modelId, attempts, fallbackReason));
    }
}
