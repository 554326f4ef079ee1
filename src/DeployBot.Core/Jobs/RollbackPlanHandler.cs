using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Plans;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Writes the detailed rollback plan of the plan version that was current when it was asked for (from the stored
/// request, the release read again and that version) and posts it in the plan's thread. The written plan is saved in
/// the job's progress, so a retry after a failed post neither asks the model again nor posts twice.
/// </summary>
internal sealed class RollbackPlanHandler(PlanJobContext context, IRollbackPlanner planner, IJobQueue queue) : IPlanJobHandler
{
    public const string AuditEvent = "rollback-planned";

    public JobKind Kind => JobKind.RollbackPlan;

    public async Task RunAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var payload = JobJson.Read<RollbackPlanPayload>(job.Payload);
        var progress = new JobProgress<RollbackState>(queue, job);
        var platform = context.Platform(payload.Thread.Platform);

        if (progress.State.Rollback is null)
        {
            var written = await WriteAsync(job.PlanId, payload.Version, cancellationToken);
            await progress.SaveAsync(progress.State with { Rollback = written }, cancellationToken);
        }

        var rollback = progress.State.Rollback!;
        if (!progress.State.Replied)
        {
            var post = new ThreadPost(job.PlanId, Lead(payload.Version), Version: payload.Version) { Rollback = rollback };
            await platform.ReplyInThreadAsync(payload.Thread, post, cancellationToken);
            await progress.SaveAsync(progress.State with { Replied = true }, cancellationToken);
        }

        if (!progress.State.Audited)
        {
            var details = new { version = payload.Version, planner = rollback.Planner.Name, model = rollback.Planner.ModelId, attempts = rollback.Planner.Attempts, fallbackReason = rollback.Planner.FallbackReason };
            await context.AuditAsync(job.PlanId, AuditEvent, PlanJobContext.Actor(payload.Requester), details, cancellationToken);
            await progress.SaveAsync(progress.State with { Audited = true }, cancellationToken);
        }
    }

    public static string Lead(int version) => $"Detailed rollback plan for version {version} of this plan.";

    private async Task<RollbackPlan> WriteAsync(string planId, int version, CancellationToken cancellationToken)
    {
        var stored = await context.Plans.GetVersionAsync(planId, version, cancellationToken)
            ?? throw new JobCannotRunException($"Version {version} of plan {planId} no longer exists, so its rollback plan can't be written.");
        var environment = context.Environment(stored.Request.Environment);
        var release = await context.ReadReleaseAsync(stored.Request.Notes, cancellationToken);
        // The rollback plan goes by the items as this version's plan read them (a model's reading included).
        var input = new PlanningInput(stored.Request, environment, release: release, now: context.Now).ReadAs(stored.Plan);
        return await planner.CreateRollbackPlanAsync(new RollbackInput(input, stored.Plan, planId, version), cancellationToken);
    }
}

internal sealed record RollbackState
{
    public RollbackPlan? Rollback { get; init; }

    public bool Replied { get; init; }

    public bool Audited { get; init; }
}
