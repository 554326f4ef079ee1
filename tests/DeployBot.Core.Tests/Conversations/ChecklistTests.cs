using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Core.Tests.TestDoubles;

using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.Core.Tests.Conversations;

public sealed class ChecklistTests
{
    private const string Staging = "NOTES=\"Add cache\" ENVIRONMENT=staging";

    [Fact]
    public async Task TickStepsAsync_AllowedPerson_StoresWhoAndWhenAuditsAndUpdatesThePlanInPlace()
    {
        await using var bot = new EngineHarness(new World { Planner = new StubPlanner { StepCount = 11 } });
        var planId = await bot.PostPlanAsync(Staging);
        var posted = bot.World.Slack.Publications.Single();

        var reply = await bot.TickAsync(planId, 1, EngineHarness.Bob, "tick-1", new StepChange(3, Done: true));
        await bot.DrainAsync();

        Assert.Equal("Step 3 ticked off; 1/11 steps done.", Assert.IsType<Accepted>(reply).Message);
        var refreshed = bot.World.Slack.Publications[^1];
        Assert.Equal(posted.Message, refreshed.Replaced);
        Assert.True(refreshed.Delivery!.IsRefresh);
        var checklist = refreshed.Delivery.Checklist!;
        Assert.Equal("1/11 steps done", checklist.Progress);
        Assert.Equal("U-BOB", checklist.Done(3)!.UserId);
        Assert.Equal(bot.World.Time.GetUtcNow(), checklist.Done(3)!.At);
        var audit = Assert.Single(await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token), entry => entry.Event == "step-ticked");
        Assert.Equal("slack:U-BOB", audit.Actor);
        Assert.Contains("\"step\":3", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TickStepsAsync_Untick_IsRecordedAndTheProgressGoesBack()
    {
        await using var bot = new EngineHarness(new World { Planner = new StubPlanner { StepCount = 4 } });
        var planId = await bot.PostPlanAsync(Staging);
        await bot.TickAsync(planId, 1, EngineHarness.Bob, "tick-1", new StepChange(1, true), new StepChange(2, true));

        var reply = await bot.TickAsync(planId, 1, EngineHarness.Alice, "tick-2", new StepChange(2, Done: false));
        await bot.DrainAsync();

        Assert.Equal("Step 2 unticked; 1/4 steps done.", Assert.IsType<Accepted>(reply).Message);
        var checklist = bot.World.Slack.Publications[^1].Delivery!.Checklist!;
        Assert.Equal("1/4 steps done", checklist.Progress);
        Assert.Null(checklist.Done(2));
        Assert.Contains(await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token), entry => entry.Event == "step-unticked" && entry.Actor == "slack:U-ALICE");
    }

    [Fact]
    public async Task TickStepsAsync_TwoPeopleTickTheSameStepAtOnce_IsRecordedOnceAndRefreshedOnce()
    {
        await using var bot = new EngineHarness(new World { Planner = new StubPlanner { StepCount = 3 } });
        var planId = await bot.PostPlanAsync(Staging);

        var replies = await Task.WhenAll(
            bot.TickAsync(planId, 1, EngineHarness.Bob, "bob-1", new StepChange(2, true)),
            bot.TickAsync(planId, 1, EngineHarness.Alice, "alice-1", new StepChange(2, true)));
        var refreshes = await bot.DrainAsync();

        Assert.Single(replies.OfType<Accepted>());
        Assert.Contains("was already ticked off by", Assert.Single(replies.OfType<Ignored>()).Reason, StringComparison.Ordinal);
        Assert.Equal(1, refreshes);
        Assert.Single(await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token), entry => entry.Event == "step-ticked");
        Assert.Equal("1/3 steps done", bot.World.Slack.Publications[^1].Delivery!.Checklist!.Progress);
    }

    [Fact]
    public async Task TickStepsAsync_SomeoneNotAllowedToRequestPlans_IsRefusedAndNothingChanges()
    {
        await using var bot = new EngineHarness(new World { Planner = new StubPlanner { StepCount = 3 } });
        var boss = new Requester(PlatformNames.Slack, "U-BOSS", "boss", "C-DEV");
        var planId = await bot.PostPlanAsync("NOTES=\"Rotate keys\" ENVIRONMENT=vault", boss);

        var refused = await bot.TickAsync(planId, 1, EngineHarness.Bob, "bob-1", new StepChange(1, true));
        var allowed = await bot.TickAsync(planId, 1, boss, "boss-1", new StepChange(2, true));
        await bot.DrainAsync();

        Assert.StartsWith("Only people who may request vault plans can tick off its steps", Assert.IsType<Refused>(refused).Message, StringComparison.Ordinal);
        Assert.IsType<Accepted>(allowed);
        var checklist = bot.World.Slack.Publications[^1].Delivery!.Checklist!;
        Assert.Null(checklist.Done(1));
        Assert.Equal("U-BOSS", checklist.Done(2)!.UserId);
        Assert.DoesNotContain(await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token), entry => entry.Actor == "slack:U-BOB");
    }

    [Fact]
    public async Task TickStepsAsync_AfterRegenerate_TheNewVersionStartsItsOwnChecklistAndOldTicksAreRefused()
    {
        await using var bot = new EngineHarness(new World { Planner = new StubPlanner { StepCount = 3 } });
        var planId = await bot.PostPlanAsync(Staging);
        await bot.TickAsync(planId, 1, EngineHarness.Alice, "alice-1", new StepChange(1, true));
        await bot.DrainAsync();
        await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Alice, "regen-1");
        await bot.DrainAsync();

        var stale = await bot.TickAsync(planId, 1, EngineHarness.Alice, "alice-2", new StepChange(2, true));
        var fresh = await bot.TickAsync(planId, 2, EngineHarness.Alice, "alice-3", new StepChange(3, true));
        await bot.DrainAsync();

        var regenerated = bot.World.Slack.Publications.Single(p => p.Delivery!.Version == 2 && !p.Delivery.IsRefresh).Delivery!;
        Assert.Equal("0/3 steps done. Version 2 starts its own checklist.", PlanChecklist.Of(regenerated).Summary);
        Assert.Contains("belongs to version 1; the plan is now version 2", Assert.IsType<Refused>(stale).Message, StringComparison.Ordinal);
        Assert.IsType<Accepted>(fresh);
        var checklist = bot.World.Slack.Publications[^1].Delivery!.Checklist!;
        Assert.Equal((2, "1/3 steps done"), (checklist.Version, checklist.Progress));
        Assert.NotNull(checklist.Done(3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task TickStepsAsync_StepThePlanDoesNotHave_IsRefused(int step)
    {
        await using var bot = new EngineHarness(new World { Planner = new StubPlanner { StepCount = 3 } });
        var planId = await bot.PostPlanAsync(Staging);

        var reply = await bot.TickAsync(planId, 1, EngineHarness.Bob, "bob-1", new StepChange(step, true));

        Assert.Contains($"has steps 1 to 3; there is no step {step}", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
        Assert.Empty(await bot.World.Checklists.GetAsync(planId, 1, EngineHarness.Token));
    }

    [Fact]
    public async Task TickStepsAsync_FromAnotherPlatform_IsRefused()
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync(Staging);
        var teams = new Requester(PlatformNames.Teams, "U-BOB", "bob", "19:staging@thread.tacv2");

        var reply = await bot.TickAsync(planId, 1, teams, "teams-1", new StepChange(1, true));

        Assert.Contains("another platform", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
        Assert.Empty(await bot.World.Checklists.GetAsync(planId, 1, EngineHarness.Token));
    }
}
