using DeployBot.Core.Conversations;
using DeployBot.Core.Tests.TestDoubles;

namespace DeployBot.Core.Tests.Conversations;

public sealed class PlanButtonTests
{
    [Fact]
    public async Task PressButtonAsync_Regenerate_PublishesVersionTwoInPlaceOfTheFirst()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");
        var first = bot.World.Slack.Publications.Single();

        var reply = await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Alice, deliveryId: "press-1");
        await bot.DrainAsync();

        Assert.IsType<Accepted>(reply);
        Assert.Single(bot.World.Slack.Drafts);
        var second = bot.World.Slack.Publications[1];
        Assert.Equal(2, second.Delivery!.Version);
        Assert.Equal(first.Message, second.Replaced);
        Assert.Equal("U-STG", second.Delivery.OnCall.MentionId);
        Assert.Equal(2, bot.World.Plans.Versions(planId).Count);
    }

    [Fact]
    public async Task PressButtonAsync_Acknowledge_RefreshShowsWhoAndLaterPressesSayWhoWasFirst()
    {
        await using var bot = new EngineHarness(settings: Acknowledgers("U-BOB", "U-ALICE"));
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");

        var first = await bot.PressAsync(planId, PlanButton.Acknowledge, EngineHarness.Bob);
        var second = await bot.PressAsync(planId, PlanButton.Acknowledge, EngineHarness.Alice);
        await bot.DrainAsync();

        Assert.Equal("Acknowledged by @bob.", Assert.IsType<Accepted>(first).Message);
        Assert.StartsWith("Already acknowledged by @bob", Assert.IsType<Accepted>(second).Message, StringComparison.Ordinal);
        var publications = bot.World.Slack.Publications;
        Assert.Equal(2, publications.Count);
        Assert.Equal("U-BOB", publications[1].Delivery!.Acknowledgement!.UserId);
        Assert.Equal(publications[0].Message, publications[1].Replaced);
        Assert.Equal(1, publications[1].Delivery!.Version);
    }

    [Fact]
    public async Task PressButtonAsync_RegenerateAfterAnAcknowledgement_NewVersionShowsNoneAndNeedsItsOwn()
    {
        await using var bot = new EngineHarness(settings: Acknowledgers("U-BOB"));
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");
        await bot.PressAsync(planId, PlanButton.Acknowledge, EngineHarness.Bob);
        await bot.DrainAsync();
        bot.World.Time.Advance(TimeSpan.FromMinutes(1));

        await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Alice, deliveryId: "regen-1");
        await bot.DrainAsync();
        var afterRegenerate = await bot.World.Plans.GetAcknowledgementAsync(planId, EngineHarness.Token);
        var again = await bot.PressAsync(planId, PlanButton.Acknowledge, EngineHarness.Bob);

        var regenerated = bot.World.Slack.Publications.Last();
        Assert.Equal(2, regenerated.Delivery!.Version);
        Assert.Null(regenerated.Delivery.Acknowledgement);
        Assert.Null(afterRegenerate);
        Assert.Equal("Acknowledged by @bob.", Assert.IsType<Accepted>(again).Message);
    }

    [Theory]
    [InlineData(PlanButton.Acknowledge)]
    [InlineData(PlanButton.Regenerate)]
    public async Task PressButtonAsync_FromAnotherPlatform_IsRefusedAndChangesNothing(PlanButton button)
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");
        var teamsPresser = new Requester(DeployBot.Core.Conversations.Platforms.Teams, "U-STG", "spoofed", "19:any@thread.tacv2");

        var reply = await bot.PressAsync(planId, button, teamsPresser, deliveryId: "cross-1");
        await bot.DrainAsync();

        Assert.Contains("another platform", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
        Assert.Null(await bot.World.Plans.GetAcknowledgementAsync(planId, EngineHarness.Token));
        Assert.Single(bot.World.Slack.Publications);
    }

    [Fact]
    public async Task PressButtonAsync_AcknowledgeByTheOnCall_IsAccepted()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");
        var onCall = new Requester(DeployBot.Core.Conversations.Platforms.Slack, "U-STG", "sam", "C-STG-REL");

        var reply = await bot.PressAsync(planId, PlanButton.Acknowledge, onCall);

        Assert.Equal("Acknowledged by @sam.", Assert.IsType<Accepted>(reply).Message);
        Assert.Equal("U-STG", (await bot.World.Plans.GetAcknowledgementAsync(planId, EngineHarness.Token))!.UserId);
    }

    [Fact]
    public async Task PressButtonAsync_AcknowledgeBySomeoneElseInTheChannel_IsRefusedAndChangesNothing()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");

        var reply = await bot.PressAsync(planId, PlanButton.Acknowledge, EngineHarness.Bob);
        await bot.DrainAsync();

        Assert.Contains("Only the staging on-call", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
        Assert.Null(await bot.World.Plans.GetAcknowledgementAsync(planId, EngineHarness.Token));
        Assert.Single(bot.World.Slack.Publications);
        Assert.DoesNotContain(await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token), entry => entry.Event == "acknowledged");
    }

    [Fact]
    public async Task PressButtonAsync_RegenerateBySomeoneOtherThanRequesterOrOnCall_IsRefused()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");

        var reply = await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Bob, deliveryId: "press-2");
        await bot.DrainAsync();

        Assert.Contains("can regenerate it", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
        Assert.Single(bot.World.Plans.Versions(planId));
    }

    [Fact]
    public async Task PressButtonAsync_UnknownPlan_IsRefused()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.PressAsync("nosuchplan", PlanButton.Regenerate);

        Assert.Contains("nosuchplan", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Acknowledgers(params string[] userIds) =>
        userIds.Select((id, index) => KeyValuePair.Create($"Environments:staging:Acknowledgers:{index}", (string?)id)).ToDictionary();
}
