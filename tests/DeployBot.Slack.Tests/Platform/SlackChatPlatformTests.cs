using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Platform;
using DeployBot.Slack.Tests.Support;
using DeployBot.Testing.Slack;

namespace DeployBot.Slack.Tests.Platform;

public sealed class SlackChatPlatformTests : IAsyncLifetime
{
    private SlackTestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await SlackTestApp.StartAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task PublishPlan_OverTheDraftingMessage_UpdatesThatMessageSoTheChannelGetsOne()
    {
        var sut = CreateSut();
        var delivery = TestPlans.Delivery();

        var drafting = await sut.PostDraftingAsync(delivery with { Plan = null }, TestContext.Current.CancellationToken);
        var posted = await sut.PublishPlanAsync(delivery, drafting, TestContext.Current.CancellationToken);

        var draft = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("C0RELEASES1", draft["channel"]);
        Assert.Contains("Drafting the production plan for <@U2CERLKJA>", draft["text"], StringComparison.Ordinal);
        Assert.Contains("<!subteam^S0SREONCALL>", draft["text"], StringComparison.Ordinal);
        var update = Assert.Single(_app.Slack.CallsTo("chat.update"));
        Assert.Equal((drafting.ChannelId, drafting.MessageId), (update["channel"], update["ts"]));
        Assert.Contains("<!subteam^S0SREONCALL>", update.BlockText, StringComparison.Ordinal);
        Assert.Equal(drafting.MessageId, posted.MessageId);
        Assert.Equal($"https://fake.slack.com/archives/C0RELEASES1/p{drafting.MessageId.Replace(".", "", StringComparison.Ordinal)}", posted.Permalink);
    }

    [Theory]
    [InlineData("not_in_channel")]
    [InlineData("channel_not_found")]
    public async Task PublishPlan_BotNotInTheChannel_TellsTheFixAndIsPermanent(string error)
    {
        _app.Slack.FailNext("chat.postMessage", SlackFailure.ApiError(error));

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => CreateSut().PublishPlanAsync(TestPlans.Delivery(), null, TestContext.Current.CancellationToken));

        Assert.True(failure.Permanent);
        Assert.Equal("I can't post in <#C0RELEASES1>: invite @DeployBot to the channel (/invite @DeployBot) and run the command again.", failure.UserMessage);
    }

    [Fact]
    public async Task PublishPlan_RateLimitedLong_IsTransientWithRetryAfter()
    {
        _app.Slack.FailNext("chat.postMessage", SlackFailure.RateLimited(90));

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => CreateSut().PublishPlanAsync(TestPlans.Delivery(), null, TestContext.Current.CancellationToken));

        Assert.False(failure.Permanent);
        Assert.Equal(TimeSpan.FromSeconds(90), failure.RetryAfter);
    }

    [Fact]
    public async Task PublishPlan_VeryLongPlan_ContinuesInTheThreadAndSlackAcceptsEveryMessage()
    {
        var plan = TestPlans.Plan(steps: 300, stepText: new string('z', 400));

        var posted = await CreateSut().PublishPlanAsync(TestPlans.Delivery(plan), null, TestContext.Current.CancellationToken);

        var posts = _app.Slack.CallsTo("chat.postMessage");
        Assert.True(posts.Count > 1);
        Assert.Null(posts[0]["thread_ts"]);
        Assert.All(posts.Skip(1), post => Assert.Equal(posted.MessageId, post["thread_ts"]));
        Assert.Contains($"300. {new string('z', 400)} 300", string.Join("\n", posts.Select(p => p.BlockText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishPlan_RefreshAfterATickOfALongPlan_UpdatesTheMessageWithoutRepostingItsContinuation()
    {
        var sut = CreateSut();
        var plan = TestPlans.Plan(steps: 120, stepText: new string('z', 400));
        var posted = await sut.PublishPlanAsync(TestPlans.Delivery(plan), null, TestContext.Current.CancellationToken);
        var postsBefore = _app.Slack.CallsTo("chat.postMessage").Count;
        var tick = new DeployBot.Core.Storage.StepTick(101, true, "U0BOB0001", "bob", new DateTimeOffset(2026, 12, 4, 10, 42, 0, TimeSpan.Zero));
        var refresh = TestPlans.Delivery(plan) with { Checklist = new PlanChecklist(1, 120, [tick]), IsRefresh = true };

        await sut.PublishPlanAsync(refresh, posted, TestContext.Current.CancellationToken);

        Assert.Equal(postsBefore, _app.Slack.CallsTo("chat.postMessage").Count);
        var update = Assert.Single(_app.Slack.CallsTo("chat.update"));
        Assert.Contains("Checklist: 1/120 steps done.", update.BlockText, StringComparison.Ordinal);
        Assert.InRange(update.Blocks.Count, 1, 50);
    }

    [Fact]
    public async Task ReplyInThread_ModelAnswerWithBroadcast_PostsInTheThreadWithoutPinging()
    {
        var thread = new ThreadRef(Platforms.Slack, "C0RELEASES1", "1718000001.000001");

        await CreateSut().ReplyInThreadAsync(thread, new ThreadPost("plan-123", "Step 3 runs at 06:30. <!channel> @here"), TestContext.Current.CancellationToken);

        var post = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(("C0RELEASES1", "1718000001.000001"), (post["channel"], post["thread_ts"]));
        Assert.Contains("Step 3 runs at 06:30.", post.BlockText, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", post.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", post.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyInThread_RevisedPlan_PostsTheNewVersionInTheThread()
    {
        var thread = new ThreadRef(Platforms.Slack, "C0RELEASES1", "1718000001.000001");

        await CreateSut().ReplyInThreadAsync(thread, new ThreadPost("plan-123", "Revised: WINDOW changed.", TestPlans.Plan(), 2), TestContext.Current.CancellationToken);

        var post = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("1718000001.000001", post["thread_ts"]);
        Assert.Contains("Deployment plan: production (version 2)", post.BlockText, StringComparison.Ordinal);
        Assert.Contains("Revised: WINDOW changed.", post.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TellRequester_WithResponseUrl_UsesIt()
    {
        var requester = TestPlans.Requester(_app.Slack.NewResponseUrl());

        await CreateSut().TellRequesterAsync(requester, "Your plan is ready in <#C0RELEASES1>: https://x", TestContext.Current.CancellationToken);

        Assert.Equal("Your plan is ready in <#C0RELEASES1>: https://x", Assert.Single(_app.Slack.CallsTo("response_url"))["text"]);
        Assert.Empty(_app.Slack.CallsTo("chat.postEphemeral"));
    }

    [Fact]
    public async Task TellRequester_ResponseUrlExpired_FallsBackToAnEphemeralMessage()
    {
        _app.Slack.FailNext("response_url", SlackFailure.ServerError(404));
        var requester = TestPlans.Requester(_app.Slack.NewResponseUrl());

        await CreateSut().TellRequesterAsync(requester, "ready", TestContext.Current.CancellationToken);

        var ephemeral = Assert.Single(_app.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(("G8PSS9T3V", "U2CERLKJA", "ready"), (ephemeral["channel"], ephemeral["user"], ephemeral["text"]));
    }

    [Fact]
    public void DescribeChannel_IsAChannelLink()
    {
        Assert.Equal("<#C0RELEASES1>", CreateSut().DescribeChannel("C0RELEASES1"));
    }

    [Fact]
    public async Task UserDirectory_KnownEmail_ReturnsTheSlackUser()
    {
        _app.Slack.AddUser("oncall@example.com", "U0ONCALL01");
        var directory = _app.Get<IChatUserDirectory>();

        Assert.Equal("slack", directory.Platform);
        Assert.Equal("U0ONCALL01", await directory.FindUserIdByEmailAsync("oncall@example.com", TestContext.Current.CancellationToken));
    }

    private SlackChatPlatform CreateSut() => _app.Get<SlackChatPlatform>();
}
