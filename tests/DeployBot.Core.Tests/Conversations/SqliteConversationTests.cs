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

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
