using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>Re-renders the posted plan in place, e.g. to show who acknowledged it or ticked a step off.</summary>
internal sealed class RefreshPostHandler(PlanJobContext context, IChecklistStore checklists) : IPlanJobHandler
{
    public JobKind Kind => JobKind.RefreshPost;

    public async Task RunAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var record = await context.PlanAsync(job.PlanId, cancellationToken);
        var platform = context.Platform(record.Requester.Platform);
        var posting = await context.Plans.GetPostingAsync(job.PlanId, platform.Name, cancellationToken);
        if (posting?.Version is not { } version)
        {
            // Published but not yet recorded (a tick right after the plan appeared): refresh once the posting is saved.
            if (await context.Plans.GetLatestVersionAsync(job.PlanId, cancellationToken) is not null)
            {
                throw new JobNotReadyException($"Plan {job.PlanId} is being posted; it is refreshed once it is.");
            }

            // Still drafting: the generation job reads the acknowledgement when it publishes.
            return;
        }

        var stored = await context.Plans.GetVersionAsync(job.PlanId, version, cancellationToken)
            ?? throw new JobNotReadyException($"Version {version} of plan {job.PlanId} is not readable yet.");
        var environment = context.Environment(stored.Request.Environment);
        var onCall = await context.PostedOnCallAsync(job.PlanId, environment, platform.Name, stored.Request.Window, cancellationToken);
        var acknowledgement = await context.Plans.GetAcknowledgementAsync(job.PlanId, cancellationToken);
        var ticks = await checklists.GetAsync(job.PlanId, version, cancellationToken);
        var delivery = new PlanDelivery(
            job.PlanId, version, stored.Plan, environment.Name, posting.Message.ChannelId, onCall, record.Requester, acknowledgement,
            new PlanChecklist(version, stored.Plan.Steps.Count, ticks))
        {
            EnvironmentRisk = environment.Risk,
            IsRefresh = true,
        };

        // Publishing the same rendering twice is harmless, so this job keeps no progress of its own.
        var posted = await platform.PublishPlanAsync(delivery, posting.Message, cancellationToken);
        await context.Plans.SavePostingAsync(posting with { Message = posted }, cancellationToken);
    }
}
