using DeployBot.Core.Conversations;
using DeployBot.Core.Tests.TestDoubles;

namespace DeployBot.Core.Tests.Conversations;

public sealed class ThreadConversationTests
{
    private const string Production = "NOTES=\"Migrate orders schema\" ENVIRONMENT=production WINDOW=\"Sat 22:00-23:00 UTC\"";

    [Fact]
    public async Task HandleThreadMessageAsync_FollowUpQuestions_AnswersInThreadWithTheEarlierExchanges()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);
        var thread = bot.ThreadOf(planId);

        var first = await bot.SayInThreadAsync(thread, "How long does step 1 take?", "Ev-q1");
        await bot.DrainAsync();
        await bot.SayInThreadAsync(thread, "And if it fails?", "Ev-q2");
        await bot.DrainAsync();

        Assert.Equal(planId, Assert.IsType<Accepted>(first).PlanId);
        var replies = bot.World.Slack.ThreadReplies;
        Assert.Equal(2, replies.Count);
        Assert.All(replies, reply => Assert.Equal(thread, reply.Thread));
        Assert.Contains("How long does step 1 take?", replies[0].Text, StringComparison.Ordinal);
        var second = bot.World.Assistant.Questions[1];
        Assert.Equal("And if it fails?", second.Question);
        Assert.Equal("How long does step 1 take?", Assert.Single(second.History).Question);
        Assert.Equal(replies[0].Text, second.History[0].Answer);
    }

    [Fact]
    public async Task HandleThreadMessageAsync_NewWindow_PostsVersionTwoInTheThread()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);

        var reply = await bot.SayInThreadAsync(bot.ThreadOf(planId), "WINDOW=\"Sun 06:00-07:00 UTC\"", "Ev-r1");
        await bot.DrainAsync();

        Assert.IsType<Accepted>(reply);
        var revision = Assert.Single(bot.World.Slack.ThreadReplies).ThreadPost!;
        Assert.Equal(2, revision.Version);
        Assert.Equal("Sun 06:00-07:00 UTC", revision.RevisedPlan!.Context.Window);
        Assert.Contains("version 2", revision.Text, StringComparison.Ordinal);
        Assert.Contains("WINDOW changed to “Sun 06:00-07:00 UTC”", revision.Text, StringComparison.Ordinal);
        Assert.Equal("Migrate orders schema", revision.RevisedPlan.Context.Notes);
        Assert.NotNull(bot.World.Planner.Inputs[1].PreviousPlan);
        Assert.Equal(2, bot.World.Plans.Versions(planId).Count);
    }

    [Fact]
    public async Task HandleThreadMessageAsync_RevisionToAnotherEnvironment_IsRefusedWithTheWayToDoIt()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);

        var reply = await bot.SayInThreadAsync(bot.ThreadOf(planId), "ENVIRONMENT=staging", "Ev-r2");

        Assert.Contains("/deploy-plan", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
        Assert.Single(bot.World.Queue.Jobs);
    }

    [Fact]
    public async Task HandleThreadMessageAsync_SameDeliveryTwice_AnswersOnce()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);

        await bot.SayInThreadAsync(bot.ThreadOf(planId), "Who approves?", "Ev-dup");
        var repeat = await bot.SayInThreadAsync(bot.ThreadOf(planId), "Who approves?", "Ev-dup");
        await bot.DrainAsync();

        Assert.IsType<Ignored>(repeat);
        Assert.Single(bot.World.Slack.ThreadReplies);
    }

    [Fact]
    public async Task HandleThreadMessageAsync_NotAPlanThread_IsIgnored()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.SayInThreadAsync(new ThreadRef("slack", "C-RANDOM", "123.456"), "lunch?", "Ev-x");

        Assert.IsType<Ignored>(reply);
        Assert.Empty(bot.World.Queue.Jobs);
    }
}
