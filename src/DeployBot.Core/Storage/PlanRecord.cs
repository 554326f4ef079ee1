using DeployBot.Core.Conversations;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Storage;

/// <summary>An accepted request: the plan's identity, independent of its versions.</summary>
public sealed record PlanRecord(string PlanId, DeploymentRequest Request, Requester Requester, DateTimeOffset CreatedAt);

/// <summary>One version of a plan. Regenerations and thread revisions add versions; nothing is overwritten.</summary>
public sealed record PlanVersion(string PlanId, int Version, DeploymentRequest Request, DeploymentPlan Plan, string Reason, DateTimeOffset CreatedAt);

/// <summary>Where a plan (or one of its versions) was posted on a platform.</summary>
public sealed record PlanPosting(string PlanId, string Platform, PostedMessage Message, int? Version);

/// <summary>Plans, their versions, where they were posted, their threads and acknowledgements.</summary>
public interface IPlanStore
{
    Task<PlanRecord?> FindAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Stores a new version and returns its number (1, 2, …). Idempotent per (plan, <paramref name="idempotencyKey"/>):
    /// a second call with the same key returns the version stored the first time.</summary>
    Task<int> AddVersionAsync(string planId, DeploymentRequest request, DeploymentPlan plan, string reason, string idempotencyKey, CancellationToken cancellationToken);

    Task<PlanVersion?> GetVersionAsync(string planId, int version, CancellationToken cancellationToken);

    Task<PlanVersion?> GetLatestVersionAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Records where the plan's main message stands (replacing an earlier record for the same platform).</summary>
    Task SavePostingAsync(PlanPosting posting, CancellationToken cancellationToken);

    Task<PlanPosting?> GetPostingAsync(string planId, string platform, CancellationToken cancellationToken);

    /// <summary>Links a platform message or thread root to a plan, so follow-ups find it after a restart or on another replica.</summary>
    Task LinkThreadAsync(ThreadRef thread, string planId, CancellationToken cancellationToken);

    Task<string?> FindPlanIdByThreadAsync(ThreadRef thread, CancellationToken cancellationToken);

    Task AddThreadExchangeAsync(string planId, string question, string answer, CancellationToken cancellationToken);

    /// <summary>The most recent <paramref name="max"/> exchanges, oldest first.</summary>
    Task<IReadOnlyList<Planning.ThreadExchange>> GetThreadHistoryAsync(string planId, int max, CancellationToken cancellationToken);

    /// <summary>Records an acknowledgement; returns the one that stands (the first, when several people press).</summary>
    Task<Acknowledgement> AcknowledgeAsync(string planId, Acknowledgement acknowledgement, CancellationToken cancellationToken);

    Task<Acknowledgement?> GetAcknowledgementAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Removes an acknowledgement given before <paramref name="before"/> (a regenerated version needs its own); a later one stays.</summary>
    Task ClearAcknowledgementAsync(string planId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>When this user's recent plans were accepted, for the per-user rate limit.</summary>
    Task<IReadOnlyList<DateTimeOffset>> GetRecentRequestTimesAsync(string platform, string userId, DateTimeOffset since, CancellationToken cancellationToken);
}
