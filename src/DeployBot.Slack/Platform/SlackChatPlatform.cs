using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Platform;

/// <summary>
/// The outbound side of Slack: the drafting placeholder, the plan (replacing the placeholder with <c>chat.update</c>
/// so the channel gets one message per plan), its thread, and ephemeral notes to the requester.
/// </summary>
internal sealed class SlackChatPlatform(SlackApiClient slack, SlackRequesterMessenger messenger) : IChatPlatform
{
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
            var posted = await slack.PostMessageAsync(delivery.Channel, new SlackMessage(text), threadTs: null, cancellationToken);
            return new PostedMessage(posted.Channel, posted.Ts);
        });
    }

    public Task<PostedMessage> PublishPlanAsync(PlanDelivery delivery, PostedMessage? existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var rendered = BlockKitPlanRenderer.Render(delivery);
        return Deliver(delivery.Channel, async () =>
        {
            var posted = existing is null
                ? await slack.PostMessageAsync(delivery.Channel, rendered.Main, threadTs: null, cancellationToken)
                : await slack.UpdateMessageAsync(existing.ChannelId, existing.MessageId, rendered.Main, cancellationToken);
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
                var posted = await slack.PostMessageAsync(thread.ChannelId, message, thread.ThreadId, cancellationToken);
                first ??= posted;
            }

            return new PostedMessage(first!.Channel, first.Ts);
        });
    }

    public Task TellRequesterAsync(Requester requester, string message, CancellationToken cancellationToken) =>
        messenger.TellAsync(requester, message, threadTs: null, cancellationToken);

    private async Task PostContinuationsAsync(SlackPostedMessage root, IReadOnlyList<SlackMessage> continuations, CancellationToken cancellationToken)
    {
        foreach (var continuation in continuations)
        {
            await slack.PostMessageAsync(root.Channel, continuation, root.Ts, cancellationToken);
        }
    }

    private async Task<string?> TryGetPermalinkAsync(SlackPostedMessage posted, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.GetPermalinkAsync(posted.Channel, posted.Ts, cancellationToken);
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
