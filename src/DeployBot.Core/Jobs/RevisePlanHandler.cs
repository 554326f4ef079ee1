using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>A new version with inputs changed in the thread, posted as a reply in that thread.</summary>
internal sealed class RevisePlanHandler(PlanJobContext context, IDeploymentPlanner planner, IJobQueue queue) : IPlanJobHandler
{
    public JobKind Kind => JobKind.RevisePlan;

    public async Task RunAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var payload = JobJson.Read<RevisePlanPayload>(job.Payload);
        var progress = new JobProgress<ReviseState>(queue, job);
        var platform = context.Platform(payload.Thread.Platform);
        var environment = context.Environment(payload.Request.Environment);
        var reason = $"revised by {PlanJobContext.Actor(payload.Requester)}: {payload.Changes}";

        if (progress.State.Version is null)
        {
            var previous = await context.Plans.GetLatestVersionAsync(job.PlanId, cancellationToken);
            var plan = await planner.CreatePlanAsync(new PlanningInput(payload.Request, environment, previous?.Plan), cancellationToken);
            var version = await context.Plans.AddVersionAsync(job.PlanId, payload.Request, plan, reason, job.Id, cancellationToken);
            await progress.SaveAsync(progress.State with { Version = version }, cancellationToken);
            await context.AuditAsync(job.PlanId, "revised", PlanJobContext.Actor(payload.Requester), PlanJobContext.PlannedDetails(version, plan, reason), cancellationToken);
        }

        if (!progress.State.Replied)
        {
            var version = progress.State.Version!.Value;
            var stored = await context.Plans.GetVersionAsync(job.PlanId, version, cancellationToken)
                ?? throw new JobNotReadyException($"Version {version} of plan {job.PlanId} is not readable yet.");
            var post = new ThreadPost(job.PlanId, $"Revised plan (version {version}): {payload.Changes}.", stored.Plan, version);
            await platform.ReplyInThreadAsync(payload.Thread, post, cancellationToken);
            await progress.SaveAsync(progress.State with { Replied = true }, cancellationToken);
        }
    }
}

internal sealed record ReviseState
{
    public int? Version { get; init; }

    public bool Replied { get; init; }
}
