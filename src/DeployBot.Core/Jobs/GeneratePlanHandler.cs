using DeployBot.Core.Conversations;
using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace DeployBot.Core.Jobs;

/// <summary>
/// The first version of a plan: read the release a link in NOTES points at (before anything is posted, so an
/// unreadable link ends the job with a note to the requester and nothing in the channel), find the on-call, post
/// "Drafting…", write the plan, publish it over the placeholder, tell the requester where it is, and audit it. Each step is saved, so a retry after a crash never posts twice. The
/// placeholder waits for the earlier plans of its channel (<see cref="ChannelPostingOrder"/>), so plans appear in the
/// order they were requested.
/// </summary>
internal sealed class GeneratePlanHandler(
    PlanJobContext context, IDeploymentPlanner planner, IJobQueue queue, ChannelPostingOrder order, ILogger<GeneratePlanHandler> logger) : IPlanJobHandler
{
    /// <summary>How far the platform's clock may be behind ours when looking for a placeholder by its post time.</summary>
    private static readonly TimeSpan DraftingClockSkew = TimeSpan.FromMinutes(2);

    public JobKind Kind => JobKind.GeneratePlan;

    public async Task RunAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var stored = JobJson.Read<GeneratePlanPayload>(job.Payload);
        var request = stored.Request ?? (await context.PlanAsync(job.PlanId, cancellationToken)).Request;
        var payload = new GenerateOrder(stored.Requester, request, stored.Channel);
        var progress = new JobProgress<GenerateState>(queue, job);
        var environment = context.Environment(request.Environment);
        var platform = context.Platform(payload.Requester.Platform);
        // Taken before the on-call lookup, so a later plan whose lookup is quicker still waits for this one's placeholder.
        using var turn = progress.State.Drafting is null ? order.Join(platform.Name, payload.Channel, job.Sequence) : null;

        // The release and the on-call are saved together: one wait for a commit where there were two before the
        // placeholder. A release fetched from a link is saved at once, so a retry does not fetch it again; notes
        // without a link are read again in no time.
        var state = progress.State;
        if (!state.ReleaseRead)
        {
            state = state with { ReleaseRead = true, Release = await context.ReadReleaseAsync(request.Notes, cancellationToken) };
            if (state.Release is not null)
            {
                await progress.SaveAsync(state, cancellationToken);
            }
        }

        if (state.OnCall is null)
        {
            state = state with { OnCall = await context.ResolveOnCallAsync(environment, platform.Name, request.Window, cancellationToken) };
        }

        if (!ReferenceEquals(state, progress.State))
        {
            await progress.SaveAsync(state, cancellationToken);
        }

        var delivery = new PlanDelivery(job.PlanId, 0, null, environment.Name, payload.Channel, progress.State.OnCall!, payload.Requester)
        {
            EnvironmentRisk = environment.Risk,
        };
        await PostDraftingAsync(job, platform, delivery, progress, turn, cancellationToken);
        await WritePlanAsync(job, payload, environment, progress, cancellationToken);
        delivery = await PublishAsync(job, platform, delivery, progress, cancellationToken);
        await TellRequesterAsync(platform, payload, progress, cancellationToken);
        await AuditAsync(job, payload, delivery, progress, cancellationToken);
    }

    private async Task PostDraftingAsync(
        JobRecord job, IChatPlatform platform, PlanDelivery delivery, JobProgress<GenerateState> progress, ChannelPostingOrder.Turn? turn, CancellationToken cancellationToken)
    {
        if (progress.State.Drafting is not null)
        {
            return;
        }

        var earlier = await context.Plans.GetPostingAsync(job.PlanId, platform.Name, cancellationToken);
        // A retry that already marked the post as started looks for that placeholder before posting again.
        var retrying = progress.State.DraftingStarted is not null;
        if (earlier is null && !retrying)
        {
            // Marked before waiting for the channel's turn, not inside it: the turn then spans only the post itself, and
            // a channel's plans are no longer spaced by one group commit (an fsync) each (issue 17's drain: 171 plans/s).
            await progress.SaveAsync(progress.State with { DraftingStarted = context.Now }, cancellationToken);
        }

        if (earlier is null && turn is not null && !await turn.WaitAsync(cancellationToken))
        {
            Log.PostingOrderGaveUp(logger, job.PlanId, ChannelPostingOrder.WaitLimit.TotalSeconds);
        }

        var drafting = earlier?.Message ?? await FindOrPostDraftingAsync(platform, delivery, progress, retrying, cancellationToken);
        turn?.Dispose();

        // Saved before anything else can fail, so a retry finds the placeholder instead of posting another.
        await progress.SaveAsync(progress.State with { Drafting = drafting }, cancellationToken);
        await context.Plans.SavePostingAsync(new PlanPosting(job.PlanId, platform.Name, drafting, earlier?.Version), cancellationToken);
        await context.Plans.LinkThreadAsync(new ThreadRef(platform.Name, drafting.ChannelId, drafting.MessageId), job.PlanId, cancellationToken);
    }

    /// <summary>
    /// Posts the placeholder; when <paramref name="retrying"/> (an earlier attempt saved that it was about to post, see
    /// <see cref="PostDraftingAsync"/>), first looks for the one that attempt may have posted before it was killed, so
    /// a kill between the platform accepting the post and the job saving its id does not leave a second placeholder.
    /// </summary>
    private async Task<PostedMessage> FindOrPostDraftingAsync(
        IChatPlatform platform, PlanDelivery delivery, JobProgress<GenerateState> progress, bool retrying, CancellationToken cancellationToken)
    {
        if (retrying
            && progress.State.DraftingStarted is { } started
            && await platform.FindDraftingAsync(delivery, started - DraftingClockSkew, cancellationToken) is { } found)
        {
            Log.DraftingFound(logger, delivery.PlanId, found.MessageId);
            return found;
        }

        return await platform.PostDraftingAsync(delivery, cancellationToken);
    }

    private async Task WritePlanAsync(
        JobRecord job, GenerateOrder payload, Environments.DeploymentEnvironment environment, JobProgress<GenerateState> progress, CancellationToken cancellationToken)
    {
        if (progress.State.Version is not null)
        {
            return;
        }

        var input = new PlanningInput(payload.Request, environment, release: progress.State.Release, now: context.Now);
        var plan = await planner.CreatePlanAsync(input, cancellationToken);
        var version = await context.Plans.AddVersionAsync(job.PlanId, payload.Request, plan, "requested", job.Id, cancellationToken);
        await progress.SaveAsync(progress.State with { Version = version }, cancellationToken);
    }

    private async Task<PlanDelivery> PublishAsync(
        JobRecord job, IChatPlatform platform, PlanDelivery delivery, JobProgress<GenerateState> progress, CancellationToken cancellationToken)
    {
        var version = progress.State.Version!.Value;
        var stored = await context.Plans.GetVersionAsync(job.PlanId, version, cancellationToken)
            ?? throw new JobNotReadyException($"Version {version} of plan {job.PlanId} is not readable yet.");
        var acknowledgement = await context.Plans.GetAcknowledgementAsync(job.PlanId, cancellationToken);
        delivery = delivery with { Version = version, Plan = stored.Plan, Acknowledgement = acknowledgement };
        if (progress.State.Published is not null)
        {
            return delivery;
        }

        var posted = await platform.PublishPlanAsync(delivery, progress.State.Drafting, cancellationToken);
        await progress.SaveAsync(progress.State with { Published = posted }, cancellationToken);
        await context.Plans.SavePostingAsync(new PlanPosting(job.PlanId, platform.Name, posted, version), cancellationToken);
        if (posted.MessageId != progress.State.Drafting!.MessageId || posted.ChannelId != progress.State.Drafting.ChannelId)
        {
            await context.Plans.LinkThreadAsync(new ThreadRef(platform.Name, posted.ChannelId, posted.MessageId), job.PlanId, cancellationToken);
        }

        return delivery;
    }

    private async Task TellRequesterAsync(
        IChatPlatform platform, GenerateOrder payload, JobProgress<GenerateState> progress, CancellationToken cancellationToken)
    {
        if (progress.State.Told)
        {
            return;
        }

        var posted = progress.State.Published!;
        var where = platform.DescribeChannel(posted.ChannelId) + (posted.Permalink is null ? string.Empty : $": {posted.Permalink}");
        try
        {
            await platform.TellRequesterAsync(payload.Requester, $"Your {payload.Request.Environment} plan is ready in {where}", cancellationToken);
        }
        catch (ChatDeliveryException exception)
        {
            // The plan is posted; the note to the requester is a courtesy and must not make the job fail.
            Log.RequesterNotTold(logger, exception, payload.Requester.Platform);
        }

        await progress.SaveAsync(progress.State with { Told = true }, cancellationToken);
    }

    private async Task AuditAsync(
        JobRecord job, GenerateOrder payload, PlanDelivery delivery, JobProgress<GenerateState> progress, CancellationToken cancellationToken)
    {
        if (progress.State.Audited)
        {
            return;
        }

        var actor = PlanJobContext.Actor(payload.Requester);
        await context.AuditAsync(job.PlanId, "requested", actor, new { payload.Request, channel = payload.Channel }, cancellationToken);
        await context.AuditAsync(job.PlanId, "planned", PlanJobContext.Bot, PlanJobContext.PlannedDetails(delivery.Version, delivery.Plan!, "requested"), cancellationToken);
        await context.AuditPostedAsync(delivery, progress.State.Published!, cancellationToken);
        await progress.SaveAsync(progress.State with { Audited = true }, cancellationToken);
    }
}

/// <summary>What the job plans: its payload with the request read from the plan's row when the payload leaves it out.</summary>
internal sealed record GenerateOrder(Requester Requester, DeploymentRequest Request, string Channel);

/// <summary>How far a plan generation got.</summary>
internal sealed record GenerateState
{
    /// <summary>True once NOTES were looked at for a link (saved, so a retry plans from the same reading).</summary>
    public bool ReleaseRead { get; init; }

    /// <summary>What the link said; null for typed notes.</summary>
    public Releases.ResolvedRelease? Release { get; init; }

    public OnCallTarget? OnCall { get; init; }

    /// <summary>When the placeholder was first posted (saved before the post), so a retry knows to look for it first.</summary>
    public DateTimeOffset? DraftingStarted { get; init; }

    public PostedMessage? Drafting { get; init; }

    public int? Version { get; init; }

    public PostedMessage? Published { get; init; }

    public bool Told { get; init; }

    public bool Audited { get; init; }
}
