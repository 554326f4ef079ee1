using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Telemetry;

namespace DeployBot.Host.Operations.Telemetry;

/// <summary>Times every plan written, by the planner that wrote it, and counts plans the offline planner wrote after a model failure.</summary>
internal sealed class TelemetryPlanner(IDeploymentPlanner inner, TimeProvider time) : IDeploymentPlanner
{
    public async Task<DeploymentPlan> CreatePlanAsync(PlanningInput input, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var plan = await inner.CreatePlanAsync(input, cancellationToken);
        var planner = Tags.Of(Tags.Planner, plan.Planner.Name);
        DeployBotTelemetry.PlanGenerationLatency.Record(time.GetElapsedTime(started).TotalMilliseconds, planner);
        if (plan.Planner.FallbackReason is not null)
        {
            DeployBotTelemetry.Fallbacks.Add(1, planner);
        }

        return plan;
    }
}
