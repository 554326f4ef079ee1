using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Core.Tests.TestDoubles;

namespace DeployBot.Core.Tests.Jobs;

/// <summary>Regenerate and revise write a new version, then post it: a retry after a failed post neither rewrites nor reposts.</summary>
public sealed class NewVersionRetryTests
{
    private const string Staging = "NOTES=\"Add cache\" ENVIRONMENT=staging";

    [Fact]
    public async Task PressButtonAsync_RegeneratePublishFailsOnce_RetryPublishesTheSameVersionOnce()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Staging);
        bot.World.Slack.FailNext(nameof(IChatPlatform.PublishPlanAsync), new ChatDeliveryException("Slack is having trouble", permanent: false));

        await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Alice, deliveryId: "press-retry");
        await bot.DrainAsync();
        bot.World.Time.Advance(TimeSpan.FromSeconds(2));
        await bot.DrainAsync();

        Assert.Equal([1, 2], bot.World.Slack.Publications.Select(publication => publication.Delivery!.Version));
        Assert.Equal(2, bot.World.Plans.Versions(planId).Count);
        Assert.Equal(2, bot.World.Planner.Inputs.Count);
        var audit = await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token);
        Assert.Single(audit, entry => entry.Event == "regenerated");
    }

    [Fact]
    public async Task SayInThreadAsync_RevisionReplyFailsOnce_RetryRepliesWithTheSameVersionOnce()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Staging);
        bot.World.Slack.FailNext(nameof(IChatPlatform.ReplyInThreadAsync), new ChatDeliveryException("Slack is having trouble", permanent: false));

        await bot.SayInThreadAsync(bot.ThreadOf(planId), "WINDOW=\"Sun 06:00-07:00 UTC\"", "Ev-retry");
        await bot.DrainAsync();
        bot.World.Time.Advance(TimeSpan.FromSeconds(2));
        await bot.DrainAsync();

        var reply = Assert.Single(bot.World.Slack.ThreadReplies).ThreadPost!;
        Assert.Equal(2, reply.Version);
        Assert.Contains("version 2", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.World.Plans.Versions(planId).Count);
        Assert.Equal(2, bot.World.Planner.Inputs.Count);
        var audit = await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token);
        Assert.Single(audit, entry => entry.Event == "revised");
    }
}
