using DeployBot.Core.Storage;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Auth;
using Microsoft.Extensions.Logging;

namespace DeployBot.Teams.Handling;

/// <summary>
/// Handles one authenticated activity: remembers where it came from (service URL, tenant, channel), drops repeats of an
/// activity id, and routes by type. Activity types DeployBot does not use are acknowledged and ignored.
/// </summary>
internal sealed class ActivityDispatcher(
    ServiceUrlAllowList allowList,
    ChannelDirectory channels,
    IDeliveryDeduplicator deduplicator,
    MessageActivityHandler messages,
    ConversationUpdateHandler conversationUpdates,
    InvokeActivityHandler invokes,
    ILogger<ActivityDispatcher> logger)
{
    public async Task<ActivityOutcome> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        Log.Received(logger, activity.Type, activity.Id);
        if (activity.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            allowList.Remember(serviceUrl);
            channels.Remember(activity);
        }

        // The engine gets the delivery id for its own idempotency; this adapter dedupes under a key of its own.
        var deliveryId = $"teams:{activity.Conversation?.Id}:{activity.Id}";
        if (activity.Id is { Length: > 0 } id && IsActionable(activity)
            && !await deduplicator.TryMarkAsync("teams-activity:" + deliveryId, TeamsConstants.DedupeWindow, cancellationToken))
        {
            Log.Duplicate(logger, id);
            return activity.Type == ActivityTypes.Invoke ? new ActivityOutcome(200, InvokeResponse.Message("Already handled.")) : ActivityOutcome.Ok;
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await messages.HandleAsync(activity, deliveryId, cancellationToken);
                return ActivityOutcome.Ok;
            case ActivityTypes.ConversationUpdate:
                await conversationUpdates.HandleAsync(activity, cancellationToken);
                return ActivityOutcome.Ok;
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction:
                return new ActivityOutcome(200, await invokes.HandleAsync(activity, deliveryId, cancellationToken));
            case ActivityTypes.Invoke:
                return new ActivityOutcome(501);
            default:
                return ActivityOutcome.Ok;
        }
    }

    private static bool IsActionable(Activity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;
}
