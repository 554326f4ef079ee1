using DeployBot.Core.Conversations;
using DeployBot.Core.DependencyInjection;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Platform;

/// <summary>
/// The outbound side of Slack: the drafting placeholder, the plan (replacing the placeholder with <c>chat.update</c>
/// so the channel gets one message per plan), its thread, and ephemeral notes to the requester.
/// </summary>
/// <remarks>
/// Its API clients are made on first use: every acknowledged command resolves the platforms only to describe the
/// release channel, and two typed HttpClients made for that were a measurable share of an acknowledgement (issue 17).
/// </remarks>
internal sealed class SlackChatPlatform(Deferred<SlackApiClient> slackClient, Deferred<SlackRequesterMessenger> messengerClient) : IChatPlatform
{
    private const string DraftingEventType = "deploybot_plan_drafting";
    private const string PlanIdField = "plan_id";

    /// <summary>Pages of 200 messages searched for a lost placeholder: a thousand channel messages since it was posted.</summary>
    private const int MaxHistoryPages = 5;

    private SlackApiClient Slack => slackClient.Value;

    private SlackRequesterMessenger Messenger => messengerClient.Value;

    public string Name => Platforms.Slack;

    public string DescribeChannel(string channelId) => SlackText.ChannelLink(channelId);

    public Task<PostedMessage> PostDraftingAsync(PlanDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var requester = SlackText.Mention(delivery.Requester.UserId) ?? SlackText.Sanitise(delivery.Requester.UserName);
        // Mentions added by a later chat.update do not notify, so on-call is pinged here, where the message is created.
        var onCall = SlackText.Mention(delivery.OnCall.MentionId) is { } mention ? $" On-call: {mention}." : string.Empty;
        var text = $":hourglass_flowing_sand: Drafting the {SlackText.Sanitise(delivery.Environment)} plan for {requester}…{onCall}";
        return Deliver(delivery.Channel, async () =>
        {
            var posted = await Slack.PostMessageAsync(delivery.Channel, new SlackMessage(text), threadTs: null, cancellationToken, DraftingTag(delivery.PlanId));
            return new PostedMessage(posted.Channel, posted.Ts);
        });
    }

    public async Task<PostedMessage?> FindDraftingAsync(PlanDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            string? cursor = null;
            for (var page = 0; page < MaxHistoryPages; page++)
            {
                var (messages, next) = await Slack.ReadHistoryAsync(delivery.Channel, since, cursor, cancellationToken);
                if (messages.FirstOrDefault(message => IsDraftingOf(message, delivery.PlanId)) is { } found)
                {
                    return new PostedMessage(delivery.Channel, found.Ts);
                }

                if ((cursor = next) is null)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            // Without history (e.g. a token lacking channels:history) the retry posts again: a duplicate beats no plan.
        }

        return null;
    }

    public Task<PostedMessage> PublishPlanAsync(PlanDelivery delivery, PostedMessage? existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var rendered = BlockKitPlanRenderer.Render(delivery);
        return Deliver(delivery.Channel, async () =>
        {
            var posted = existing is null
                ? await Slack.PostMessageAsync(delivery.Channel, rendered.Main, threadTs: null, cancellationToken)
                : await Slack.UpdateMessageAsync(existing.ChannelId, existing.MessageId, rendered.Main, cancellationToken);
            // A refresh (an acknowledgement, a tick) re-renders the same plan: its continuation is already in the thread.
            if (!delivery.IsRefresh && delivery.Acknowledgement is null)
            {
                await PostContinuationsAsync(posted, rendered.Continuations, cancellationToken);
            }

            return new PostedMessage(posted.Channel, posted.Ts, await TryGetPermalinkAsync(posted, cancellationToken));
        });
    }

    public Task<PostedMessage> ReplyInThreadAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(post);
        return Deliver(thread.ChannelId, async () =>
        {
            var messages = ThreadReplyRenderer.Render(thread, post);
            SlackPostedMessage? first = null;
            foreach (var message in messages)
            {
                var posted = await Slack.PostMessageAsync(thread.ChannelId, message, thread.ThreadId, cancellationToken);
                first ??= posted;
            }

            return new PostedMessage(first!.Channel, first.Ts);
        });
    }

    public Task TellRequesterAsync(Requester requester, string message, CancellationToken cancellationToken) =>
        Messenger.TellAsync(requester, message, threadTs: null, cancellationToken);

    /// <summary>The metadata that marks a placeholder as plan <paramref name="planId"/>'s, so a retry can find it.</summary>
    private static SlackMetadata DraftingTag(string planId) =>
        new(DraftingEventType, new Dictionary<string, string>(StringComparer.Ordinal) { [PlanIdField] = planId });

    private static bool IsDraftingOf(SlackHistoryMessage message, string planId) =>
        message.EventType == DraftingEventType && message.EventPayload.GetValueOrDefault(PlanIdField) == planId;

    private async Task PostContinuationsAsync(SlackPostedMessage root, IReadOnlyList<SlackMessage> continuations, CancellationToken cancellationToken)
    {
        foreach (var continuation in continuations)
        {
            await Slack.PostMessageAsync(root.Channel, continuation, root.Ts, cancellationToken);
        }
    }

    private async Task<string?> TryGetPermalinkAsync(SlackPostedMessage posted, CancellationToken cancellationToken)
    {
        try
        {
            return await Slack.GetPermalinkAsync(posted.Channel, posted.Ts, cancellationToken);
        }
        catch (SlackApiException)
        {
            // The plan is posted; without a link the requester is still told where (the worker names the channel).
            return null;
        }
    }

    private static async Task<T> Deliver<T>(string channel, Func<Task<T>> send)
    {
        try
        {
            return await send();
        }
        catch (SlackApiException exception)
        {
            throw SlackDeliveryErrors.ToDelivery(exception, channel);
        }
        catch (HttpRequestException exception)
        {
            throw new ChatDeliveryException("Slack could not be reached; the message will be retried.", permanent: false, exception);
        }
    }
}
