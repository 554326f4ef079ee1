using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Auth;
using DeployBot.Teams.Platform;
using DeployBot.Teams.Tests.Infrastructure;
using DeployBot.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace DeployBot.Teams.Tests.Platform;

/// <summary>The worker's side: plan posts, updates, thread replies and notes to the requester, as the connector sees them.</summary>
public sealed class TeamsChatPlatformTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostDrafting_CreatesAThreadInTheReleaseChannelWithTheOnCallMentioned()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var platform = Platform(bot);

        var posted = await platform.PostDraftingAsync(Delivery(bot, plan: false), Ct);

        var call = Assert.Single(bot.Connector.Calls);
        Assert.Equal(ConnectorOperations.CreateConversation, call.Operation);
        Assert.True((bool)call.Body["isGroup"]!);
        Assert.Equal(SamplePlans.ReleaseChannel, (string?)call.Body["channelData"]!["channel"]!["id"]);
        Assert.Equal(TeamsActivities.TenantId, (string?)call.Body["tenantId"]);
        var mention = call.ActivityBody!["entities"]![0]!;
        Assert.Equal("oncall-prod@example.com", (string?)mention["mentioned"]!["id"]);
        Assert.Equal(new PostedMessage(SamplePlans.ReleaseChannel, call.AssignedId!, posted.Permalink), posted);
        Assert.Equal("Bearer " + bot.Issuer.LastAccessToken, call.Authorization);
    }

    [Fact]
    public async Task PublishPlan_OverTheDraft_UpdatesItInPlace()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var platform = Platform(bot);
        var drafting = await platform.PostDraftingAsync(Delivery(bot, plan: false), Ct);

        var published = await platform.PublishPlanAsync(Delivery(bot, plan: true), drafting, Ct);

        var update = Assert.Single(bot.Connector.CallsOf(ConnectorOperations.UpdateActivity));
        Assert.Equal($"{SamplePlans.ReleaseChannel};messageid={drafting.MessageId}", update.ConversationId);
        Assert.Equal(drafting.MessageId, update.ActivityId);
        Assert.Contains("Deployment Steps", update.Visible, StringComparison.Ordinal);
        Assert.Equal(drafting, published);
    }

    [Fact]
    public async Task PublishPlan_VeryLongPlan_ContinuesInThreadReplies()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var platform = Platform(bot);
        var delivery = Delivery(bot, plan: true) with { Plan = SamplePlans.Plan(steps: 60, bulletLength: 900) };

        var posted = await platform.PublishPlanAsync(delivery, existing: null, Ct);

        var replies = bot.Connector.CallsOf(ConnectorOperations.SendToConversation);
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal($"{SamplePlans.ReleaseChannel};messageid={posted.MessageId}", r.ConversationId));
        Assert.All(bot.Connector.Calls, c => Assert.True(c.Body.ToJsonString().Length < 40 * 1024));
    }

    [Fact]
    public async Task PublishPlan_RefreshAfterATickOfAVeryLongPlan_UpdatesTheFirstCardOnly()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var platform = Platform(bot);
        var delivery = Delivery(bot, plan: true) with { Plan = SamplePlans.Plan(steps: 200, bulletLength: 900) };
        var posted = await platform.PublishPlanAsync(delivery, existing: null, Ct);
        var repliesBefore = bot.Connector.CallsOf(ConnectorOperations.SendToConversation).Count;
        var tick = new DeployBot.Core.Storage.StepTick(1, true, "29:bob", "Bob Example", new DateTimeOffset(2025, 10, 8, 17, 45, 0, TimeSpan.Zero));

        await platform.PublishPlanAsync(delivery with { Checklist = new PlanChecklist(1, 200, [tick]), IsRefresh = true }, posted, Ct);

        Assert.Equal(repliesBefore, bot.Connector.CallsOf(ConnectorOperations.SendToConversation).Count);
        var update = Assert.Single(bot.Connector.CallsOf(ConnectorOperations.UpdateActivity));
        Assert.Contains("1/200 steps done", update.Visible, StringComparison.Ordinal);
        Assert.True(update.Body.ToJsonString().Length < 40 * 1024);
    }

    [Fact]
    public async Task ReplyInThread_AfterAQuestionThere_PostsIntoTheThreadConversation()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-123", string.Empty));
        using var question = await bot.PostAsync(bot.Payload("thread-reply.json"), Ct);
        var platform = Platform(bot, learn: false);

        await platform.ReplyInThreadAsync(new ThreadRef(Platforms.Teams, SamplePlans.ReleaseChannel, "1760000000001"), new ThreadPost("plan-123", "Roll back when errors pass 1%. <at>Everyone</at>"), Ct);

        var call = Assert.Single(bot.Connector.Calls);
        Assert.Equal(ConnectorOperations.SendToConversation, call.Operation);
        Assert.Equal($"{SamplePlans.ReleaseChannel};messageid=1760000000001", call.ConversationId);
        Assert.Equal("Roll back when errors pass 1%. Everyone", call.Text);
    }

    [Fact]
    public async Task ReplyInThread_ChannelNeverHeardFrom_FailsTransientlyWithoutSending()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() =>
            Platform(bot).ReplyInThreadAsync(new ThreadRef(Platforms.Teams, "19:other@thread.tacv2", "1"), new ThreadPost("p", "hi"), Ct));

        Assert.False(failure.Permanent);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task TellRequester_AnswersInTheConversationTheyAskedIn()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var platform = Platform(bot);
        var requester = Delivery(bot, plan: false).Requester;

        await platform.TellRequesterAsync(requester, "Your plan is ready.", Ct);

        var call = Assert.Single(bot.Connector.Calls);
        Assert.Equal("a:1pD0J7b3-personal-chat-with-alice", call.ConversationId);
        Assert.Equal("Your plan is ready.", call.Text);
    }

    [Fact]
    public async Task PostDrafting_BotNotInTheTeam_FailsPermanentlyNamingTheFix()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Connector.RemoveBotFromChannel(SamplePlans.ReleaseChannel);

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => Platform(bot).PostDraftingAsync(Delivery(bot, plan: false), Ct));

        Assert.True(failure.Permanent);
        Assert.Contains("add DeployBot to the team that owns the release channel", failure.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDrafting_ThrottledBeyondTheRetryBudget_FailsTransientlyWithRetryAfter()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Connector.FailNext(429, retryAfter: TimeSpan.FromMinutes(2));

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => Platform(bot).PostDraftingAsync(Delivery(bot, plan: false), Ct));

        Assert.False(failure.Permanent);
        Assert.Equal(TimeSpan.FromMinutes(2), failure.RetryAfter);
        Assert.Single(bot.Connector.Calls);
    }

    [Fact]
    public async Task PostDrafting_ServerErrorsThenSuccess_RetriesWithinOnePipeline()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Connector.FailNext(503, times: 2);

        await Platform(bot).PostDraftingAsync(Delivery(bot, plan: false), Ct);

        Assert.Equal([503, 503, 201], bot.Connector.Calls.Select(c => c.Status));
    }

    [Fact]
    public async Task PostDrafting_ServiceUrlNeverSeenInAVerifiedActivity_IsRefusedBeforeAnyRequest()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => Platform(bot, learn: false).PostDraftingAsync(Delivery(bot, plan: false), Ct));

        Assert.False(failure.Permanent);
        Assert.Empty(bot.Connector.Calls);
        Assert.Empty(bot.Issuer.TokenRequests);
    }

    private static TeamsChatPlatform Platform(TeamsBot bot, bool learn = true)
    {
        if (learn)
        {
            bot.Services.GetRequiredService<ServiceUrlAllowList>().Remember(bot.Connector.ServiceUrl);
        }

        return bot.Services.GetRequiredService<TeamsChatPlatform>();
    }

    private static PlanDelivery Delivery(TeamsBot bot, bool plan)
    {
        var address = new TeamsReplyAddress(bot.Connector.ServiceUrl, "a:1pD0J7b3-personal-chat-with-alice", "1759945212115", TeamsActivities.TenantId).ToJson();
        return SamplePlans.Delivery(plan ? SamplePlans.Plan() : null, address);
    }
}
