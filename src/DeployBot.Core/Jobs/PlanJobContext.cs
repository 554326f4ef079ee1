using System.Text.Json;
using DeployBot.Core.Conversations;
using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.Core.Releases;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>
/// What every plan job looks up: the plan, its environment and platform, who is on call, the release a link in NOTES
/// points at (when release sources are registered), and the audit trail.
/// </summary>
internal sealed class PlanJobContext(
    IPlanStore plans,
    IAuditLog audit,
    EnvironmentCatalog catalog,
    IEnumerable<IChatPlatform> platforms,
    IOnCallResolver onCall,
    TimeProvider time,
    IReleaseSource? releases = null)
{
    public const string PostedEvent = "posted";
    public const string Bot = "deploybot";

    public IPlanStore Plans => plans;

    /// <summary>When the plan is written (<see cref="Planning.PlanningInput.Now"/>).</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// What a link in NOTES points at, read before anything is posted; null for typed notes or when no release source
    /// is registered. Throws <see cref="ReleaseUnreadableException"/> for a link that cannot be read.
    /// </summary>
    public async Task<ResolvedRelease?> ReadReleaseAsync(string notes, CancellationToken cancellationToken) =>
        releases is null ? null : await releases.ResolveAsync(notes, cancellationToken);

    public async Task<PlanRecord> PlanAsync(string planId, CancellationToken cancellationToken) =>
        await plans.FindAsync(planId, cancellationToken) ?? throw new JobCannotRunException($"Plan {planId} no longer exists.");

    public DeploymentEnvironment Environment(string name) =>
        catalog.Find(name) ?? throw new JobCannotRunException($"The environment {name} is no longer configured, so its plan can't be written.");

    public IChatPlatform Platform(string name) =>
        platforms.FirstOrDefault(platform => platform.Name == name)
        ?? throw new JobCannotRunException($"The {name} platform is not enabled on this bot, so the plan can't be posted there.");

    public Task<OnCallTarget> ResolveOnCallAsync(DeploymentEnvironment environment, string platform, string? window, CancellationToken cancellationToken) =>
        onCall.ResolveAsync(environment, platform, window, cancellationToken);

    /// <summary>The on-call shown with the plan when it was last posted, so a refresh mentions the same person.</summary>
    public async Task<OnCallTarget> PostedOnCallAsync(
        string planId, DeploymentEnvironment environment, string platform, string? window, CancellationToken cancellationToken)
    {
        var entries = await audit.GetForPlanAsync(planId, cancellationToken);
        var posted = entries.LastOrDefault(entry => entry.Event == PostedEvent);
        var saved = posted is null ? null : JobJson.Read<PostedDetails>(posted.Details).OnCall;
        return saved ?? await onCall.ResolveAsync(environment, platform, window, cancellationToken);
    }

    public Task AuditAsync(string planId, string eventName, string actor, object details, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(planId, eventName, actor, JobJson.Write(details), time.GetUtcNow()), cancellationToken);

    public Task AuditPostedAsync(PlanDelivery delivery, PostedMessage message, CancellationToken cancellationToken) =>
        AuditAsync(
            delivery.PlanId,
            PostedEvent,
            Bot,
            new PostedDetails(delivery.Requester.Platform, message.ChannelId, message.MessageId, message.Permalink, delivery.Version, delivery.OnCall),
            cancellationToken);

    public static string Actor(Requester requester) => $"{requester.Platform}:{requester.UserId}";

    public static object PlannedDetails(int version, Plans.DeploymentPlan plan, string reason) => new
    {
        version,
        reason,
        planner = plan.Planner.Name,
        model = plan.Planner.ModelId,
        attempts = plan.Planner.Attempts,
        fallbackReason = plan.Planner.FallbackReason,
    };
}

/// <summary>The details of a <c>posted</c> audit entry, including the on-call and how they were found.</summary>
internal sealed record PostedDetails(
    string Platform, string Channel, string MessageId, string? Permalink, int Version, OnCallTarget? OnCall);
