using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.WebConsole.Feed;
using DeployBot.WebConsole.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.WebConsole.Tests;

public sealed class ConsoleChatPlatformTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (ConsoleChatPlatform Platform, ConsoleFeed Feed) CreateSut()
    {
        var feed = new ConsoleFeed(new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        return (new ConsoleChatPlatform(feed), feed);
    }

    [Fact]
    public void Identity_NameAndChannel_AreTheConsoles()
    {
        var (platform, _) = CreateSut();

        Assert.Equal("console", platform.Name);
        Assert.Equal("#releases", platform.DescribeChannel("releases"));
    }

    [Fact]
    public async Task PublishPlan_OverTheDraftingPost_ReplacesItInPlaceUnderTheSameId()
    {
        var (platform, feed) = CreateSut();
        var drafting = await platform.PostDraftingAsync(SamplePlans.Delivery(null), Ct);
        var draftingMessage = feed.Find(drafting.MessageId)!;

        var published = await platform.PublishPlanAsync(SamplePlans.Delivery(SamplePlans.Plan()), drafting, Ct);

        Assert.Equal(drafting, published);
        Assert.Equal(FeedMessageKind.Drafting, draftingMessage.Kind);
        var message = Assert.Single(feed.ChangesSince(0).Messages);
        Assert.Equal(FeedMessageKind.Plan, message.Kind);
        Assert.Equal("@Production On-Call", message.Plan!.OnCall!.Mention);
        Assert.True(message.Seq > draftingMessage.Seq);
    }

    [Fact]
    public async Task PublishPlan_WithoutAnEarlierPost_AddsANewMessage()
    {
        var (platform, feed) = CreateSut();

        var published = await platform.PublishPlanAsync(SamplePlans.Delivery(SamplePlans.Plan()), new PostedMessage("releases", "from-another-process"), Ct);

        Assert.Equal("releases", published.ChannelId);
        Assert.Equal(FeedMessageKind.Plan, feed.Find(published.MessageId)!.Kind);
    }

    [Fact]
    public async Task ReplyInThread_RevisedPlan_IsAPlanReplyAndCountsOnTheRoot()
    {
        var (platform, feed) = CreateSut();
        var root = await platform.PostDraftingAsync(SamplePlans.Delivery(null), Ct);
        var thread = new ThreadRef(Platforms.Console, root.ChannelId, root.MessageId);

        await platform.ReplyInThreadAsync(thread, new ThreadPost("plan-1", "The window moves."), Ct);
        var revised = await platform.ReplyInThreadAsync(thread, new ThreadPost("plan-1", "Version 2", SamplePlans.Plan(), 2), Ct);

        var reply = feed.Find(revised.MessageId)!;
        Assert.Equal(root.MessageId, reply.ThreadId);
        Assert.Equal(FeedMessageKind.Plan, reply.Kind);
        Assert.Equal(2, reply.Plan!.Version);
        Assert.False(reply.Plan.ShowButtons);
        Assert.Equal(2, feed.Find(root.MessageId)!.ReplyCount);
    }

    [Fact]
    public async Task TellRequester_Message_IsANoticeOnlyForThem()
    {
        var (platform, feed) = CreateSut();

        await platform.TellRequesterAsync(new Requester(Platforms.Console, "u", "Robin", "releases"), "Your plan is ready in #releases", Ct);

        var notice = Assert.Single(feed.ChangesSince(0).Messages);
        Assert.Equal(FeedMessageKind.Notice, notice.Kind);
        Assert.True(notice.OnlyVisibleToYou);
        Assert.Equal("Your plan is ready in #releases", notice.Text);
    }
}
