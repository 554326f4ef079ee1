using DeployBot.Core.Conversations;
using DeployBot.Core.Environments;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;

namespace DeployBot.Core.Platforms;

/// <summary>A plan (or its drafting placeholder) to show in an environment's release channel.</summary>
/// <param name="PlanId">The plan's id; buttons carry it back.</param>
/// <param name="Version">The plan version shown (1 for the first).</param>
/// <param name="Plan">The plan; null while drafting.</param>
/// <param name="Environment">The canonical environment name.</param>
/// <param name="Channel">The platform's release channel id for the environment.</param>
/// <param name="OnCall">Who to mention.</param>
/// <param name="Requester">Who asked.</param>
/// <param name="Acknowledgement">Who acknowledged the plan and when; null until someone does.</param>
/// <param name="Checklist">Which of this version's steps are ticked off; null for a version nobody has ticked yet.</param>
public sealed record PlanDelivery(
    string PlanId,
    int Version,
    DeploymentPlan? Plan,
    string Environment,
    string Channel,
    OnCallTarget OnCall,
    Requester Requester,
    Acknowledgement? Acknowledgement = null,
    PlanChecklist? Checklist = null)
{
    /// <summary>The environment's risk level; with the release's own risk it decides whether the Rollback plan button is highlighted.</summary>
    public RiskLevel EnvironmentRisk { get; init; }

    /// <summary>True when the environment or the release is high risk (<see cref="RollbackOffer.IsHighRisk"/>).</summary>
    public bool HighlightsRollback => RollbackOffer.IsHighRisk(EnvironmentRisk, Plan);

    /// <summary>The same version shown again (an acknowledgement or a tick): its continuations are already in the thread.</summary>
    public bool IsRefresh { get; init; }
}

/// <summary>Who acknowledged a plan, and when.</summary>
public sealed record Acknowledgement(string UserId, string? UserName, DateTimeOffset At);

/// <summary>A message for a plan's thread: text, and a plan when it is a revised version.</summary>
public sealed record ThreadPost(string PlanId, string Text, DeploymentPlan? RevisedPlan = null, int? Version = null)
{
    /// <summary>The detailed rollback plan of <see cref="Version"/>, when this post is one; <see cref="Text"/> then introduces it.</summary>
    public RollbackPlan? Rollback { get; init; }
}

/// <summary>
/// Who to mention with a plan. <see cref="MentionId"/> is the platform id to ping (Slack <c>U…</c>/<c>S…</c>,
/// Teams id or UPN), null when no ping is possible; <see cref="Note"/> then says why, and the plan names
/// <see cref="DisplayName"/> in plain text.
/// </summary>
public sealed record OnCallTarget(string? MentionId, string? DisplayName, string Source, string? Note = null, string? AfterHandover = null)
{
    public static OnCallTarget Nobody(string note) => new(null, null, "none", note);
}

/// <summary>
/// A delivery that failed. <see cref="UserMessage"/> is safe to show the requester and names the fix
/// ("invite @DeployBot to #releases"); <see cref="Permanent"/> means retrying will not help.
/// </summary>
public sealed class ChatDeliveryException : Exception
{
    public ChatDeliveryException()
        : this("The message could not be delivered.", permanent: false)
    {
    }

    public ChatDeliveryException(string message)
        : this(message, permanent: false)
    {
    }

    public ChatDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
        UserMessage = message;
    }

    public ChatDeliveryException(string userMessage, bool permanent, Exception? innerException = null)
        : base(userMessage, innerException)
    {
        UserMessage = userMessage;
        Permanent = permanent;
    }

    public string UserMessage { get; }

    public bool Permanent { get; }

    /// <summary>When the platform asked us to wait (HTTP 429 <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
