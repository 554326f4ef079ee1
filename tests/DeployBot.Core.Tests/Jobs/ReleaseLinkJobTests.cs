using DeployBot.Core.Conversations;
using DeployBot.Core.Releases;
using DeployBot.Core.Storage;
using DeployBot.Core.Tests.TestDoubles;

namespace DeployBot.Core.Tests.Jobs;

/// <summary>Plan jobs read a link in NOTES first; an unreadable one ends the job with a note and nothing in the channel.</summary>
public sealed class ReleaseLinkJobTests
{
    private const string LinkRequest = $"NOTES={StubReleaseSource.Link} ENVIRONMENT=staging";
    private const string Reason = "GitHub answered 404 Not Found (a private repository needs Sources:GitHub:Token)";

    [Fact]
    public async Task GeneratePlan_LinkInNotes_PlansFromTheResolvedReleaseWithTheJobsClock()
    {
        var world = new World { Releases = new StubReleaseSource() };
        await using var bot = new EngineHarness(world);

        await bot.PostPlanAsync(LinkRequest);

        var input = Assert.Single(world.Planner.Inputs);
        Assert.Same(world.Releases.Release, input.Release);
        Assert.Equal(world.Time.GetUtcNow(), input.Now);
        Assert.Contains(Core.Plans.RiskArea.Schema, input.Analysis.Risks);
        Assert.Single(world.Slack.Publications);
    }

    [Fact]
    public async Task GeneratePlan_UnreadableLink_TellsTheRequesterWhichLinkWhyAndTheFix_AndPostsNothing()
    {
        var world = new World { Releases = new StubReleaseSource { Unreadable = new ReleaseUnreadableException(StubReleaseSource.Link, Reason) } };
        await using var bot = new EngineHarness(world);

        await bot.StartAsync(LinkRequest);
        await bot.DrainAsync();

        Assert.Empty(world.Slack.Drafts);
        Assert.Empty(world.Slack.Publications);
        Assert.Empty(world.Planner.Inputs);
        var note = Assert.Single(world.Slack.Notes);
        Assert.Equal(EngineHarness.Alice, note.Requester);
        Assert.Equal(
            $"I couldn't read {StubReleaseSource.Link}: {Reason}. No plan was written; fix the link, or paste the release notes as NOTES, and ask again.",
            note.Text);
        var job = world.Queue.Jobs.Single();
        Assert.Equal(JobStatus.Parked, job.Status);
        Assert.Equal(1, job.Attempts);
    }

    [Fact]
    public async Task GeneratePlan_RetriedAfterAPublishFailure_PlansFromTheReleaseReadTheFirstTime()
    {
        var world = new World { Releases = new StubReleaseSource() };
        await using var bot = new EngineHarness(world);
        world.Slack.FailNext(nameof(Core.Platforms.IChatPlatform.PublishPlanAsync), new Core.Platforms.ChatDeliveryException("Slack is having trouble", permanent: false));

        await bot.StartAsync(LinkRequest);
        await bot.DrainAsync();
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.DrainAsync();

        Assert.Single(world.Releases.Calls);
        Assert.Single(world.Slack.Publications);
        Assert.Equal(world.Releases.Release.Ci, Assert.Single(world.Planner.Inputs).Release!.Ci);
    }

    [Fact]
    public async Task RegeneratePlan_LinkNoLongerReadable_LeavesThePlanAndTellsThePresser()
    {
        var world = new World { Releases = new StubReleaseSource() };
        await using var bot = new EngineHarness(world);
        var planId = await bot.PostPlanAsync(LinkRequest);
        world.Releases.Unreadable = new ReleaseUnreadableException(StubReleaseSource.Link, Reason);

        await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Alice, deliveryId: "press-1");
        await bot.DrainAsync();

        Assert.Single(world.Slack.Publications);
        Assert.Single(world.Plans.Versions(planId));
        var note = Assert.Single(world.Slack.Notes, n => n.Text!.StartsWith("I couldn't read", StringComparison.Ordinal));
        Assert.EndsWith("The plan was not changed; fix the link, or paste the release notes as NOTES, and ask again.", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevisePlan_LinkInNotes_IsReadAgainForTheNewVersion()
    {
        var world = new World { Releases = new StubReleaseSource() };
        await using var bot = new EngineHarness(world);
        var planId = await bot.PostPlanAsync(LinkRequest);

        await bot.SayInThreadAsync(bot.ThreadOf(planId), "WINDOW=\"Sun 06:00-07:00 UTC\"", "Ev-r1");
        await bot.DrainAsync();

        Assert.Equal(2, world.Releases.Calls.Count);
        Assert.NotNull(world.Planner.Inputs[1].Release);
        Assert.NotNull(world.Planner.Inputs[1].PreviousPlan);
    }

    [Fact]
    public async Task GeneratePlan_NoReleaseSourceRegistered_PlansFromTheNotesAsWritten()
    {
        await using var bot = new EngineHarness();

        await bot.PostPlanAsync(LinkRequest);

        Assert.Null(Assert.Single(bot.World.Planner.Inputs).Release);
    }
}
