using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>
/// The deterministic planner: the default with no model configured, and the fallback when the model fails.
/// Every plan it writes passes <see cref="PlanValidator"/>.
/// </summary>
public sealed class OfflinePlanner : IDeploymentPlanner
{
    public Task<DeploymentPlan> CreatePlanAsync(PlanningInput input, CancellationToken cancellationToken) =>
        Task.FromResult(CreatePlan(input, fallbackReason: null, attempts: 0, modelId: null));

    /// <summary>Writes the plan; <paramref name="fallbackReason"/> says why the model did not write it, when it was asked to.</summary>
    public DeploymentPlan CreatePlan(PlanningInput input, string? fallbackReason, int attempts, string? modelId)
    {
        ArgumentNullException.ThrowIfNull(input);
        throw new NotSupportedException("Offline planner not written yet.");
    }
}
