using DeployBot.Core.Conversations;

namespace DeployBot.Core.Platforms;

/// <summary>
/// The outbound side of one platform adapter (Slack, Teams, console). The background worker calls it; each adapter
/// renders the plan record its own way. Implementations throw <see cref="ChatDeliveryException"/> for failures.
/// </summary>
public interface IChatPlatform
{
    /// <summary>One of <see cref="Platforms"/>.</summary>
    string Name { get; }

    /// <summary>How to name a channel in a message to a person on this platform (Slack <c>&lt;#C123&gt;</c>, console <c>#releases</c>).</summary>
    string DescribeChannel(string channelId);

    /// <summary>Posts the "Drafting…" placeholder in the release channel; the plan replaces it later.</summary>
    Task<PostedMessage> PostDraftingAsync(PlanDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// The "Drafting…" placeholder of <see cref="PlanDelivery.PlanId"/> posted since <paramref name="since"/>, found on the
    /// platform itself: a host killed after the platform accepted the post but before its id was saved leaves one
    /// behind, and the retry must reuse it rather than post a second. Null when none is found or the platform cannot
    /// look (then the retry posts again).
    /// </summary>
    Task<PostedMessage?> FindDraftingAsync(PlanDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<PostedMessage?>(null);

    /// <summary>Posts the plan, replacing <paramref name="existing"/> in place when given (drafting placeholder or an
    /// earlier rendering, e.g. to show an acknowledgement). Returns where the plan now stands.</summary>
    Task<PostedMessage> PublishPlanAsync(PlanDelivery delivery, PostedMessage? existing, CancellationToken cancellationToken);

    /// <summary>Posts in a plan's thread: an answer, or a revised plan version.</summary>
    Task<PostedMessage> ReplyInThreadAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken);

    /// <summary>Tells the requester something only they need to see (a link to the plan, an error with its fix).</summary>
    Task TellRequesterAsync(Requester requester, string message, CancellationToken cancellationToken);
}
