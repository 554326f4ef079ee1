using DeployBot.Core.Planning;
using DeployBot.Core.Plans;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The deterministic rollback planner (<see cref="RollbackPlanWriter"/>): the default with no model configured, and the
/// fallback when the model fails, saying why. Every rollback plan it writes passes the rollback validator.
/// </summary>
public sealed class OfflineRollbackPlanner : IRollbackPlanner
{
    public Task<RollbackPlan> CreateRollbackPlanAsync(RollbackInput input, CancellationToken cancellationToken) =>
        Task.FromResult(Create(input, fallbackReason: null, attempts: 0, modelId: null));

    /// <summary>Writes the rollback plan; <paramref name="fallbackReason"/> says why the model did not write it, when it was asked to.</summary>
    public RollbackPlan Create(RollbackInput input, string? fallbackReason, int attempts, string? modelId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = RollbackPlanWriter.Write(input.Planning, input.PlanId, input.Version);
        return fallbackReason is null && modelId is null
            ? plan
            : plan with { Planner = new PlannerInfo(PlannerInfo.Offline, modelId, attempts, fallbackReason) };
    }
}
