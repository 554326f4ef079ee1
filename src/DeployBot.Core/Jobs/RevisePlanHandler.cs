using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>A new version with inputs changed in the thread (a link in NOTES read again), posted as a reply in that thread.</summary>
internal sealed class RevisePlanHandler(PlanJobContext context, IDeploymentPlanner planner, IJobQueue queue) : IPlanJobHandler
{
    public JobKind Kind => JobKind.RevisePlan;

    public async Task RunAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var payload = JobJson.Read<RevisePlanPayload>(job.Payload);
        var platform = context.Platform(payload.Thread.Platform);
        var environment = context.Environment(payload.Request.Environment);
        var actor = PlanJobContext.Actor(payload.Requester);
        var steps = new NewVersionThenPost<ReviseState>(context, planner, job, new JobProgress<ReviseState>(queue, job));
        await steps.WriteAsync(
            new NewVersion($"revised by {actor}: {payload.Changes}", "revised", actor),
            async token =>
            {
                var release = await context.ReadReleaseAsync(payload.Request.Notes, token);
                var previous = await context.Plans.GetLatestVersionAsync(job.PlanId, token);
                return new PlanningInput(payload.Request, environment, previous?.Plan, release, context.Now);
            },
            cancellationToken);

        await steps.PostAsync(
            (stored, token) => platform.ReplyInThreadAsync(
                payload.Thread, new ThreadPost(job.PlanId, $"Revised plan (version {stored.Version}): {payload.Changes}.", stored.Plan, stored.Version), token),
            cancellationToken);
    }
}

internal sealed record ReviseState : INewVersionState<ReviseState>
{
    public int? Version { get; init; }

    public bool Replied { get; init; }

    bool INewVersionState<ReviseState>.IsPosted => Replied;

    ReviseState INewVersionState<ReviseState>.WithVersion(int version) => this with { Version = version };

    ReviseState INewVersionState<ReviseState>.WithPosted() => this with { Replied = true };
}
