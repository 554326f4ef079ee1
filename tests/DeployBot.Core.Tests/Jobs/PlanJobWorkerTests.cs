using DeployBot.Core.Conversations;
using DeployBot.Core.Jobs;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;
using DeployBot.Core.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Core.Tests.Jobs;

public sealed class PlanJobWorkerTests
{
    private const string Staging = "NOTES=\"Add cache\" ENVIRONMENT=staging";

    [Fact]
    public async Task RunNextAsync_TransientPublishFailure_RetriesAfterBackoffAndPostsOnce()
    {
        await using var bot = new EngineHarness();
        bot.World.Slack.FailNext(nameof(IChatPlatform.PublishPlanAsync), new ChatDeliveryException("Slack is having trouble", permanent: false));

        await bot.StartAsync(Staging);
        await bot.DrainAsync();
        var statusAfterFailure = bot.World.Queue.Jobs.Single().Status;
        bot.World.Time.Advance(TimeSpan.FromSeconds(2));
        await bot.DrainAsync();

        Assert.Equal(JobStatus.Queued, statusAfterFailure);
        Assert.Single(bot.World.Slack.Drafts);
        Assert.Single(bot.World.Slack.Publications);
        Assert.Single(bot.World.Planner.Inputs);
        Assert.Equal(JobStatus.Done, bot.World.Queue.Jobs.Single().Status);
        Assert.Equal(2, bot.World.Queue.Jobs.Single().Attempts);
    }

    [Fact]
    public async Task RunNextAsync_PlaceholderPostedButItsAnswerLost_RetryReusesItInsteadOfPostingASecond()
    {
        await using var bot = new EngineHarness();
        bot.World.Slack.LoseNextDraftingAnswer();

        await bot.StartAsync(Staging);
        await bot.DrainAsync();
        bot.World.Time.Advance(TimeSpan.FromSeconds(2));
        await bot.DrainAsync();

        var drafting = Assert.Single(bot.World.Slack.Drafts);
        var published = Assert.Single(bot.World.Slack.Publications);
        Assert.Equal(drafting.Message, published.Replaced);
        Assert.Equal(JobStatus.Done, bot.World.Queue.Jobs.Single().Status);
    }

    [Fact]
    public async Task RunNextAsync_FirstAttempt_DoesNotLookForALostPlaceholder()
    {
        await using var bot = new EngineHarness();

        await bot.StartAsync(Staging);
        await bot.DrainAsync();

        Assert.Single(bot.World.Slack.Drafts);
        Assert.Equal(0, bot.World.Slack.FindCalls);
    }

    [Fact]
    public async Task RunNextAsync_RateLimitedByThePlatform_WaitsAsLongAsItAsked()
    {
        await using var bot = new EngineHarness();
        bot.World.Slack.FailNext(
            nameof(IChatPlatform.PostDraftingAsync),
            new ChatDeliveryException("rate limited", permanent: false) { RetryAfter = TimeSpan.FromSeconds(30) });

        await bot.StartAsync(Staging);
        await bot.DrainAsync();
        bot.World.Time.Advance(TimeSpan.FromSeconds(29));
        await bot.DrainAsync();
        var beforeRetryAfter = bot.World.Slack.Drafts.Count;
        bot.World.Time.Advance(TimeSpan.FromSeconds(1));
        await bot.DrainAsync();

        Assert.Equal(0, beforeRetryAfter);
        Assert.Single(bot.World.Slack.Drafts);
        Assert.Single(bot.World.Slack.Publications);
    }

    [Fact]
    public async Task RunNextAsync_BotNotInChannel_TellsTheRequesterTheFixAndParksTheJob()
    {
        await using var bot = new EngineHarness();
        const string fix = "I'm not in <#C-STG-REL>; invite @DeployBot there (/invite @DeployBot) and ask again.";
        bot.World.Slack.FailNext(nameof(IChatPlatform.PostDraftingAsync), new ChatDeliveryException(fix, permanent: true));

        await bot.StartAsync(Staging);
        await bot.DrainAsync();

        var job = bot.World.Queue.Jobs.Single();
        Assert.Equal(JobStatus.Parked, job.Status);
        Assert.Contains("invite @DeployBot", job.LastError, StringComparison.Ordinal);
        var note = Assert.Single(bot.World.Slack.Notes);
        Assert.Equal(EngineHarness.Alice, note.Requester);
        Assert.Contains(fix, note.Text, StringComparison.Ordinal);
        Assert.Empty(bot.World.Slack.Publications);
    }

    [Fact]
    public async Task RunNextAsync_FailsEveryTime_ParksAfterFiveAttemptsAndTellsTheRequester()
    {
        await using var bot = new EngineHarness();
        for (var i = 0; i < 5; i++)
        {
            bot.World.Slack.FailNext(nameof(IChatPlatform.PostDraftingAsync), new HttpRequestException("connection refused"));
        }

        await bot.StartAsync(Staging);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await bot.DrainAsync();
            bot.World.Time.Advance(TimeSpan.FromMinutes(5));
        }

        var job = bot.World.Queue.Jobs.Single();
        Assert.Equal(JobStatus.Parked, job.Status);
        Assert.Equal(5, job.Attempts);
        Assert.Contains("connection refused", job.LastError, StringComparison.Ordinal);
        Assert.Contains("couldn't post", Assert.Single(bot.World.Slack.Notes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunNextAsync_ProcessDiesAfterDrafting_RestartPublishesOverTheSamePlaceholder()
    {
        var world = new World();
        var dying = new StubPlanner { Gate = new TaskCompletionSource().Task };
        world.Planner = dying;
        var first = new EngineHarness(world);
        await first.StartAsync(Staging);
        _ = first.Services.GetRequiredService<JobProcessor>().RunNextAsync(CancellationToken.None);
        await dying.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), EngineHarness.Token);

        world.Planner = new StubPlanner();
        await using var restarted = new EngineHarness(world);
        world.Time.Advance(TimeSpan.FromMinutes(4));
        await restarted.DrainAsync();

        var drafting = Assert.Single(world.Slack.Drafts);
        var published = Assert.Single(world.Slack.Publications);
        Assert.Equal(drafting.Message, published.Replaced);
        Assert.Equal(JobStatus.Done, world.Queue.Jobs.Single().Status);
    }

    [Fact]
    public async Task Worker_HostStarted_PicksUpAnEnqueuedRequestWithoutBeingDriven()
    {
        await using var bot = new EngineHarness();
        await bot.StartHostAsync();

        await bot.StartAsync(Staging);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (bot.World.Slack.Publications.Count == 0 && !timeout.IsCancellationRequested)
        {
            await Task.Delay(20, EngineHarness.Token);
        }

        Assert.Single(bot.World.Slack.Publications);
        Assert.Single(bot.World.Slack.Drafts);
    }
}
