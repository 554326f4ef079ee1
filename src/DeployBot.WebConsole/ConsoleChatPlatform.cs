using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.WebConsole.Feed;
using DeployBot.WebConsole.Rendering;

namespace DeployBot.WebConsole;

/// <summary>
/// The console's outbound side: the background worker posts here exactly as it posts to Slack or Teams, and the page
/// sees each post through the feed. A message id is the feed message's id, so the thread view sends back the id of
/// the drafting post, which the worker linked to the plan.
/// </summary>
internal sealed class ConsoleChatPlatform(ConsoleFeed feed) : IChatPlatform
{
    public string Name => Platforms.Console;

    public string DescribeChannel(string channelId) => "#" + channelId.TrimStart('#');

    public Task<PostedMessage> PostDraftingAsync(PlanDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var text = $"Drafting the {delivery.Environment} deployment plan requested by {RequesterName(delivery.Requester)}…";
        var posted = feed.Add(new NewFeedMessage(ChannelOf(delivery.Channel), FeedMessageKind.Drafting, ConsoleFeed.BotName, text));
        return Task.FromResult(new PostedMessage(posted.Channel, posted.Id));
    }

    public Task<PostedMessage> PublishPlanAsync(PlanDelivery delivery, PostedMessage? existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var view = ConsolePlanRenderer.Render(delivery);
        var text = $"Deployment plan for {delivery.Environment} (version {delivery.Version})";
        var replaced = existing is null
            ? null
            : feed.Update(existing.MessageId, message => message with { Kind = FeedMessageKind.Plan, Plan = view, Text = text });
        var posted = replaced
            ?? feed.Add(new NewFeedMessage(ChannelOf(delivery.Channel), FeedMessageKind.Plan, ConsoleFeed.BotName, text, Plan: view));
        return Task.FromResult(new PostedMessage(posted.Channel, posted.Id));
    }

    public Task<PostedMessage> ReplyInThreadAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(post);
        if (post.Rollback is not null)
        {
            var rollback = ConsoleRollbackRenderer.Render(post.Rollback, post.Text);
            var added = feed.Add(new NewFeedMessage(ChannelOf(thread.ChannelId), FeedMessageKind.Rollback, ConsoleFeed.BotName, post.Text, thread.ThreadId, Rollback: rollback));
            return Task.FromResult(new PostedMessage(added.Channel, added.Id));
        }

        var revision = post.RevisedPlan is null ? null : ConsolePlanRenderer.Render(post.RevisedPlan, post.PlanId, post.Version ?? 0);
        var kind = revision is null ? FeedMessageKind.Bot : FeedMessageKind.Plan;
        var posted = feed.Add(new NewFeedMessage(ChannelOf(thread.ChannelId), kind, ConsoleFeed.BotName, post.Text, thread.ThreadId, revision));
        return Task.FromResult(new PostedMessage(posted.Channel, posted.Id));
    }

    public Task TellRequesterAsync(Requester requester, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        feed.Add(new NewFeedMessage(ChannelOf(requester.ChannelId), FeedMessageKind.Notice, ConsoleFeed.BotName, message, OnlyVisibleToYou: true));
        return Task.CompletedTask;
    }

    private static string ChannelOf(string channel) =>
        string.IsNullOrWhiteSpace(channel) ? ConsoleConstants.DefaultChannel : channel.TrimStart('#');

    private static string RequesterName(Requester requester) => requester.UserName ?? requester.UserId;
}
