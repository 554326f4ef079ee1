using DeployBot.Core.Conversations;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Core.Tests.TestDoubles;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.Core.Tests.Conversations;

/// <summary><c>rollback</c> in a plan's thread, or the Rollback plan button: the detailed rollback plan of the current version, in the thread.</summary>
public sealed class RollbackConversationTests
{
    private const string Production =
        "NOTES=\"Drop the legacy users.password_md5 column; new Stripe webhook\" ENVIRONMENT=production WINDOW=\"Sat 22:00-23:00 UTC\" FLAG=login-v2";

    [Fact]
    public async Task HandleThreadMessageAsync_Rollback_AcknowledgesAtOnceThenPostsTheRollbackPlanInThatThread()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);
        var thread = bot.ThreadOf(planId);

        var reply = await bot.SayInThreadAsync(thread, "rollback", "Ev-rb1");
        Assert.Contains("rollback plan for version 1", Assert.IsType<Accepted>(reply).Message, StringComparison.Ordinal);
        Assert.Empty(bot.World.Slack.ThreadReplies);
        await bot.DrainAsync();

        var posted = Assert.Single(bot.World.Slack.ThreadReplies);
        Assert.Equal(thread, posted.Thread);
        var rollback = posted.ThreadPost!.Rollback!;
        Assert.Equal(new RollbackContext(planId, 1, "Drop the legacy users.password_md5 column; new Stripe webhook", "production", "login-v2"), rollback.Context);
        Assert.Contains("login-v2", rollback.Steps[1].Action, StringComparison.Ordinal);
        Assert.Contains(rollback.Steps, step => step.Action.Contains("users.password_md5", StringComparison.Ordinal) && step.Action.Contains("snapshot", StringComparison.Ordinal));
        Assert.Empty(bot.World.Assistant.Questions);
        Assert.Single(bot.World.Planner.Inputs);
    }

    [Theory]
    [InlineData("Rollback plan")]
    [InlineData("roll back?")]
    [InlineData("  ROLLBACK. ")]
    public async Task HandleThreadMessageAsync_WaysOfAskingForTheRollbackPlan_AllPostIt(string text)
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);

        await bot.SayInThreadAsync(bot.ThreadOf(planId), text, "Ev-rb2");
        await bot.DrainAsync();

        Assert.NotNull(Assert.Single(bot.World.Slack.ThreadReplies).ThreadPost!.Rollback);
    }

    [Fact]
    public async Task HandleThreadMessageAsync_AQuestionAboutRollingBack_IsStillAQuestion()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);

        await bot.SayInThreadAsync(bot.ThreadOf(planId), "how do we roll back the webhook?", "Ev-rb3");
        await bot.DrainAsync();

        Assert.Null(Assert.Single(bot.World.Slack.ThreadReplies).ThreadPost!.Rollback);
        Assert.Single(bot.World.Assistant.Questions);
    }

    [Fact]
    public async Task HandleThreadMessageAsync_RollbackAfterARevision_IsForTheCurrentVersion()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);
        await bot.SayInThreadAsync(bot.ThreadOf(planId), "WINDOW=\"Sun 06:00-07:00 UTC\"", "Ev-rv");
        await bot.DrainAsync();

        await bot.SayInThreadAsync(bot.ThreadOf(planId), "rollback", "Ev-rb4");
        await bot.DrainAsync();

        var rollback = bot.World.Slack.ThreadReplies[^1].ThreadPost!.Rollback!;
        Assert.Equal(2, rollback.Context.Version);
    }

    [Fact]
    public async Task HandleThreadMessageAsync_SameRollbackDeliveryTwice_PostsOnce()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);

        await bot.SayInThreadAsync(bot.ThreadOf(planId), "rollback", "Ev-rb5");
        var repeat = await bot.SayInThreadAsync(bot.ThreadOf(planId), "rollback", "Ev-rb5");
        await bot.DrainAsync();

        Assert.IsType<Ignored>(repeat);
        Assert.Single(bot.World.Slack.ThreadReplies);
    }

    [Fact]
    public async Task PressButtonAsync_Rollback_PostsTheRollbackPlanInThePlansThreadForAnyoneWhoSeesIt()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Production);
        var stranger = new Requester(PlatformNames.Slack, "U-STRANGER", "stranger", "C-PROD-REL");

        var reply = await bot.PressAsync(planId, PlanButton.Rollback, stranger, "act-1");
        await bot.DrainAsync();

        Assert.Contains("plan's thread", Assert.IsType<Accepted>(reply).Message, StringComparison.Ordinal);
        var posted = Assert.Single(bot.World.Slack.ThreadReplies);
        Assert.Equal(bot.ThreadOf(planId), posted.Thread);
        Assert.Equal(RollbackSections.InOrder.Count, RollbackSections.Entries(posted.ThreadPost!.Rollback!).Count(section => section.Entries.Count > 0));
    }

    [Fact]
    public async Task PlanDelivery_HighRiskEnvironment_HighlightsTheRollbackButton()
    {
        await using var bot = new EngineHarness();
        await bot.PostPlanAsync(Production);
        await bot.PostPlanAsync("NOTES=\"Fix the tooltip colour\" ENVIRONMENT=staging");

        var highlighted = bot.World.Slack.Publications.Select(p => p.Delivery!.HighlightsRollback).ToArray();

        Assert.Equal([true, false], highlighted);
    }

    [Theory]
    [InlineData("Fix the tooltip colour", false)]
    [InlineData("Drop the orders.legacy_total column", true)]
    [InlineData("Remove the /v1/orders endpoint", true)]
    public void IsHighRisk_InALowRiskEnvironment_FollowsTheRelease(string notes, bool expected)
    {
        var input = new DeployBot.Core.Planning.PlanningInput(
            new DeployBot.Core.Requests.DeploymentRequest(notes, "staging"),
            new DeployBot.Core.Environments.DeploymentEnvironment("staging", new DeployBot.Core.Environments.EnvironmentOptions { Risk = DeployBot.Core.Environments.RiskLevel.Low }));
        var plan = new DeployBot.Playbooks.Offline.OfflinePlanner().CreatePlan(input, null, 0, null);

        Assert.Equal(expected, RollbackOffer.IsHighRisk(DeployBot.Core.Environments.RiskLevel.Low, plan));
    }
}
