using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning;

/// <summary>
/// Writes the detailed rollback plan of plan-format.md for one plan version. The model rollback planner falls back to
/// the offline one (and says so in <see cref="RollbackPlan.Planner"/>); it never throws for model trouble.
/// </summary>
public interface IRollbackPlanner
{
    Task<RollbackPlan> CreateRollbackPlanAsync(RollbackInput input, CancellationToken cancellationToken);
}

/// <summary>
/// What a rollback plan is written from: the stored request read again (<see cref="PlanningInput"/>, with its release
/// analysis), the plan version it belongs to, and that version's plan id and number for the context block.
/// </summary>
public sealed record RollbackInput(PlanningInput Planning, DeploymentPlan Plan, string? PlanId, int? Version);
