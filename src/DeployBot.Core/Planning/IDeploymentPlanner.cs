using DeployBot.Core.Environments;
using DeployBot.Core.Plans;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Planning;

/// <summary>Writes a plan for a request. The model planner falls back to the offline one and never throws for model trouble.</summary>
public interface IDeploymentPlanner
{
    Task<DeploymentPlan> CreatePlanAsync(PlanningInput input, CancellationToken cancellationToken);
}

/// <summary>Everything a planner needs: the request, its environment's policy, and for revisions the plan being revised.</summary>
public sealed record PlanningInput(DeploymentRequest Request, DeploymentEnvironment Environment, DeploymentPlan? PreviousPlan = null);
