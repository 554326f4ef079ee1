using DeployBot.Core.Conversations;
using DeployBot.Core.Jobs;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using DeployBot.Core.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Core.Tests.Conversations;

/// <summary>The same conversations on the real SQLite store, so the engine's assumptions about storage hold there too.</summary>
public sealed class SqliteConversationTests : IDisposable
{
    private const string Production = "NOTES=\"Migrate orders schema\" ENVIRONMENT=production WINDOW=\"Sat 22:00-23:00 UTC\"";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"deploybot-engine-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task CompleteRequest_OnSqlite_PostsOnceWithOnCallAndAudits()
    {
        await using var bot = new EngineHarness(new World { SqliteFile = _file });

        var first = await bot.StartAsync(Production, deliveryId: "Ev-1");
        var repeat = await bot.StartAsync(Production, deliveryId: "Ev-1");
        await bot.DrainAsync();

        var planId = Assert.IsType<Accepted>(first).PlanId!;
        Assert.IsType<Ignored>(repeat);
        var published = Assert.Single(bot.World.Slack.Publications);
        Assert.Equal(Assert.Single(bot.World.Slack.Drafts).Message, published.Replaced);
        Assert.Equal("U-ONCALL", published.Delivery!.OnCall.MentionId);
        var audit = await bot.Services.GetRequiredService<IAuditLog>().GetForPlanAsync(planId, EngineHarness.Token);
        Assert.Equal(["requested", "planned", "posted"], audit.Select(entry => entry.Event));
    }

    [Fact]
    public async Task FormConversation_OnSqlite_ErrorsThenPlanThenDoubleSubmitIgnored()
    {
        await using var bot = new EngineHarness(new World { SqliteFile = _file });
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=prod")).Form;

        var invalid = Assert.IsType<AskForParameters>(await bot.SubmitAsync(form.FormId, new() { [RequestField.Notes] = "Rotate keys" })).Form;
        var values = new Dictionary<RequestField, string?> { [RequestField.Notes] = "Rotate keys", [RequestField.Window] = "Sun 01:00 UTC" };
        var valid = await bot.SubmitAsync(form.FormId, values);
        var again = await bot.SubmitAsync(form.FormId, values);
        await bot.DrainAsync();

        Assert.NotNull(invalid[RequestField.Window].Error);
        Assert.IsType<Accepted>(valid);
        Assert.IsNotType<Accepted>(again);
        Assert.Equal("Sun 01:00 UTC", Assert.Single(bot.World.Slack.Publications).Delivery!.Plan!.Context.Window);
    }

    private static Dictionary<string, string?> BobAcknowledges { get; } = new() { ["Environments:production:Acknowledgers:0"] = "U-BOB" };

    [Fact]
    public async Task ThreadAndButtons_OnSqlite_AnswerWithHistoryReviseRegenerateAndAcknowledge()
    {
        await using var bot = new EngineHarness(new World { SqliteFile = _file }, BobAcknowledges);
        var planId = await bot.PostPlanAsync(Production);
        var thread = bot.ThreadOf(planId);

        await bot.SayInThreadAsync(thread, "Who approves?", "Ev-q1");
        await bot.DrainAsync();
        await bot.SayInThreadAsync(thread, "And then?", "Ev-q2");
        await bot.SayInThreadAsync(thread, "WINDOW=\"Sun 06:00-07:00 UTC\"", "Ev-r1");
        await bot.DrainAsync();
        await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Alice, deliveryId: "press-1");
        await bot.PressAsync(planId, PlanButton.Acknowledge, EngineHarness.Bob);
        await bot.DrainAsync();

        Assert.Equal("Who approves?", Assert.Single(bot.World.Assistant.Questions[1].History).Question);
        Assert.Contains(bot.World.Slack.ThreadReplies, reply => reply.ThreadPost!.Version == 2);
        var last = bot.World.Slack.Publications[^1].Delivery!;
        Assert.Equal(3, last.Version);
        Assert.Equal("U-BOB", last.Acknowledgement?.UserId);
        Assert.Single(bot.World.Slack.Drafts);
    }

    [Fact]
    public async Task Acknowledge_OnSqliteAtSubMillisecondTime_FirstPressWinsAndTheRefreshShowsWho()
    {
        await using var bot = new EngineHarness(new World { SqliteFile = _file }, BobAcknowledges);
        var planId = await bot.PostPlanAsync(Production);
        bot.World.Time.Advance(TimeSpan.FromTicks(1234));

        var first = Assert.IsType<Accepted>(await bot.PressAsync(planId, PlanButton.Acknowledge, EngineHarness.Bob));
        await bot.DrainAsync();

        Assert.DoesNotContain("Already", first.Message, StringComparison.Ordinal);
        Assert.Equal("U-BOB", bot.World.Slack.Publications[^1].Delivery!.Acknowledgement?.UserId);
    }

    [Fact]
    public async Task ProcessDiesAfterDrafting_OnSqlite_RestartPostsThePlanOnce()
    {
        var world = new World { SqliteFile = _file };
        var dying = new StubPlanner { Gate = new TaskCompletionSource().Task };
        world.Planner = dying;
        var first = new EngineHarness(world);
        await first.StartAsync(Production);
        _ = first.Services.GetRequiredService<JobProcessor>().RunNextAsync(CancellationToken.None);
        await dying.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), EngineHarness.Token);

        world.Planner = new StubPlanner();
        await using var restarted = new EngineHarness(world);
        world.Time.Advance(TimeSpan.FromMinutes(4));
        await restarted.DrainAsync();

        Assert.Single(world.Slack.Drafts);
        Assert.Single(world.Slack.Publications);
        Assert.Equal(0, await restarted.Services.GetRequiredService<IJobQueue>().CountOutstandingAsync(EngineHarness.Token));
    }

    [Fact]
    public async Task TickSteps_OnSqliteFivePeopleAtOnce_OneTickIsRecordedAndAudited()
    {
        await using var bot = new EngineHarness(new World { SqliteFile = _file, Planner = new StubPlanner { StepCount = 3 } });
        var planId = await bot.PostPlanAsync(Production);
        var people = Enumerable.Range(1, 5).Select(i => new Requester(DeployBot.Core.Conversations.Platforms.Slack, $"U-P{i}", $"p{i}", "C-DEV")).ToArray();

        var replies = await Task.WhenAll(people.Select(person =>
            Task.Run(() => bot.TickAsync(planId, 1, person, $"tick-{person.UserId}", new StepChange(2, true)), EngineHarness.Token)));
        await bot.DrainAsync();

        Assert.Single(replies.OfType<Accepted>());
        Assert.Equal(4, replies.OfType<Ignored>().Count());
        var audit = await bot.Services.GetRequiredService<IAuditLog>().GetForPlanAsync(planId, EngineHarness.Token);
        var ticked = Assert.Single(audit, entry => entry.Event == "step-ticked");
        var checklist = bot.World.Slack.Publications[^1].Delivery!.Checklist!;
        Assert.Equal("1/3 steps done", checklist.Progress);
        Assert.Equal(ticked.Actor, $"slack:{checklist.Done(2)!.UserId}");
    }

    [Fact]
    public async Task TickSteps_AfterARestartOnTheSameSqliteFile_KeepsEarlierTicksAndAddsTheNewOne()
    {
        var world = new World { SqliteFile = _file, Planner = new StubPlanner { StepCount = 3 } };
        string planId;
        await using (var first = new EngineHarness(world))
        {
            planId = await first.PostPlanAsync(Production);
            Assert.IsType<Accepted>(await first.TickAsync(planId, 1, EngineHarness.Alice, "tick-1", new StepChange(1, true)));
            await first.DrainAsync();
        }

        world.Time.Advance(TimeSpan.FromMinutes(7));
        await using var restarted = new EngineHarness(world);
        var again = await restarted.TickAsync(planId, 1, EngineHarness.Bob, "tick-2", new StepChange(1, true));
        var next = await restarted.TickAsync(planId, 1, EngineHarness.Bob, "tick-3", new StepChange(3, true));
        await restarted.DrainAsync();

        Assert.Contains("already ticked off by alice", Assert.IsType<Ignored>(again).Reason, StringComparison.Ordinal);
        Assert.Equal("Step 3 ticked off; 2/3 steps done.", Assert.IsType<Accepted>(next).Message);
        var checklist = world.Slack.Publications[^1].Delivery!.Checklist!;
        Assert.Equal(("U-ALICE", "U-BOB"), (checklist.Done(1)!.UserId, checklist.Done(3)!.UserId));
        Assert.Equal(world.Time.GetUtcNow() - TimeSpan.FromMinutes(7), checklist.Done(1)!.At);
    }

    [Fact]
    public async Task RateLimitAndModelBudget_OnSqlite_HoldAcrossARestartAndARepeatSpendsNothing()
    {
        var limits = new Dictionary<string, string?> { ["RateLimit:PlansPerUser"] = "2", ["RateLimit:ModelCallsPerUser"] = "3", ["RateLimit:WindowMinutes"] = "10" };
        var world = new World { SqliteFile = _file };
        await using (var first = new EngineHarness(world, limits))
        {
            Assert.IsType<Accepted>(await first.StartAsync(Production, deliveryId: "cmd-1"));
            Assert.IsType<Ignored>(await first.StartAsync(Production, deliveryId: "cmd-1"));
            Assert.IsType<Accepted>(await first.StartAsync(Production, deliveryId: "cmd-2"));
            await first.DrainAsync();
        }

        // A new process on the same file knows nothing in memory: the store still refuses Alice's third plan.
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await using var restarted = new EngineHarness(world, limits);
        var third = await restarted.StartAsync(Production, deliveryId: "cmd-3");
        var bob = await restarted.StartAsync(Production, EngineHarness.Bob, deliveryId: "cmd-4");
        world.Time.Advance(TimeSpan.FromMinutes(10));
        var later = await restarted.StartAsync(Production, deliveryId: "cmd-5");

        Assert.Equal("You've asked for 2 plans in the last 10 minutes; try again after 14:32 UTC.", Assert.IsType<Refused>(third).Message);
        Assert.IsType<Accepted>(bob);
        Assert.IsType<Accepted>(later);
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
