using System.Diagnostics;
using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Testing.Postgres;
using DeployBot.Testing.Processes;

namespace DeployBot.Host.Tests.Reliability;

/// <summary>
/// Issue 16, fast recovery: real host processes killed with SIGKILL while their plans are mid-flight (a slow fake
/// model), with the default lease. Every acknowledged plan is posted exactly once within 30 s: after a SQLite restart
/// (the host takes back its previous run's jobs at once), and by the surviving replica on PostgreSQL (the dead one's
/// leases are no longer renewed and run out).
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class RecoveryTests
{
    private const int Requests = 5;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KilledWithFiveAcknowledgedPlansInFlight_RestartedOnSqlite_AllPostedOnceWithin30sOfHealthz()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fakes = await BotFakes.StartAsync(ct);
        fakes.Model.ReplyDelay = TimeSpan.FromSeconds(5);
        var database = Path.Combine(Path.GetTempPath(), "deploybot-reliability", Guid.NewGuid().ToString("N"), "deploybot.db");
        var connectionString = $"Data Source={database}";
        await using var bot = await DeployBotProcess.StartAsync("recovery-sqlite", DefaultLease(fakes, "Sqlite", connectionString), ct);
        var jobs = JobTable.Sqlite(connectionString);

        var acks = await SendAsync(bot, fakes, ct);
        // Killed while four plans are in the model call (their drafts posted) and the fifth waits for a lane.
        var inFlight = await Poll.UntilAsync(async () => fakes.Model.RequestCount >= 4 && await jobs.RunningOnAsync(bot.ProcessId, ct) >= 4, Deadline, ct);
        Assert.True(inFlight, $"the jobs never ran.{Environment.NewLine}{bot.Output.Tail()}");
        bot.Kill();
        var postedBeforeKill = SlackLedger.DistinctPlans(fakes.Slack);
        await bot.RestartAsync(ct);
        var clock = Stopwatch.StartNew();
        var posted = await AllPostedAsync(fakes, jobs, ct);
        var took = clock.Elapsed;

        var evidence = await EvidenceAsync(fakes, jobs, took, bot, ct);
        Assert.All(acks, ack => Assert.True(ack.IsDrafting, $"not acknowledged with Drafting: {ack}"));
        Assert.Equal(0, postedBeforeKill);
        Assert.True(posted && took < Deadline, $"not every plan was posted within {Deadline.TotalSeconds} s of the restart.{Environment.NewLine}{evidence}");
        PlanAssertions.EachRequestPostedOnce(fakes.Slack, acks, evidence);
        Assert.True(bot.Output.Contains("Took back 4 job(s)"), $"the restarted host did not take back its previous run's jobs at once.{Environment.NewLine}{evidence}");
        TestContext.Current.TestOutputHelper?.WriteLine($"SQLite: all {Requests} plans posted {took.TotalSeconds:0.0} s after the restarted host served /healthz.");
    }

    [Fact]
    public async Task ReplicaKilledMidJob_OtherReplicaOnPostgres_PostsEveryPlanOnceWithin30s()
    {
        if (PostgresTestServer.SkipReason is { } why)
        {
            Assert.Skip(why);
        }

        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresTestDatabase.CreateAsync("replica_killed", ct);
        await using var fakes = await BotFakes.StartAsync(ct);
        fakes.Model.ReplyDelay = TimeSpan.FromSeconds(5);
        var settings = DefaultLease(fakes, "Postgres", database.ConnectionString);
        await using var survivor = await DeployBotProcess.StartAsync("replica-survivor", settings, ct);
        await using var victim = await DeployBotProcess.StartAsync("replica-victim", settings, ct);
        var jobs = JobTable.Postgres(database.ConnectionString);

        var acks = await SendAsync(victim, fakes, ct);
        // Killed while every plan is in a model call (drafts posted), some of them on the victim.
        var inFlight = await Poll.UntilAsync(async () => fakes.Model.RequestCount >= Requests && await jobs.RunningOnAsync(victim.ProcessId, ct) >= 1, Deadline, ct);
        var heldByVictim = await jobs.RunningOnAsync(victim.ProcessId, ct);
        victim.Kill();
        var postedBeforeKill = SlackLedger.DistinctPlans(fakes.Slack);
        var clock = Stopwatch.StartNew();
        var posted = await AllPostedAsync(fakes, jobs, ct);
        var took = clock.Elapsed;

        var evidence = $"{await EvidenceAsync(fakes, jobs, took, survivor, ct)}{Environment.NewLine}{victim.Output.Tail(40)}";
        Assert.All(acks, ack => Assert.True(ack.IsDrafting, $"not acknowledged with Drafting: {ack}"));
        Assert.True(inFlight && heldByVictim >= 1, $"the killed replica held no job, so its death proved nothing.{Environment.NewLine}{evidence}");
        Assert.True(postedBeforeKill < Requests, "every plan was posted before the kill");
        Assert.True(posted && took < Deadline, $"not every plan was posted within {Deadline.TotalSeconds} s of the kill.{Environment.NewLine}{evidence}");
        PlanAssertions.EachRequestPostedOnce(fakes.Slack, acks, evidence);
        TestContext.Current.TestOutputHelper?.WriteLine($"PostgreSQL: {heldByVictim} job(s) of the killed replica; all {Requests} plans posted {took.TotalSeconds:0.0} s after the kill.");
    }

    /// <summary>The reliability settings with the lease and heartbeat left at their defaults, as an operator runs it.</summary>
    private static Dictionary<string, string?> DefaultLease(BotFakes fakes, string provider, string connectionString) =>
        fakes.Settings(provider, connectionString, new Dictionary<string, string?> { ["Jobs:LeaseSeconds"] = null });

    private static async Task<List<CommandAck>> SendAsync(DeployBotProcess bot, BotFakes fakes, CancellationToken ct)
    {
        using var client = bot.CreateClient(new SlackSigner(SlashCommands.SigningSecret, new SocketsHttpHandler()));
        var acks = new List<CommandAck>();
        for (var i = 1; i <= Requests; i++)
        {
            acks.Add(await SlashCommands.SendAsync(client, fakes.Slack, i, ct));
        }

        return acks;
    }

    /// <summary>Waits (past the deadline, so a slow recovery shows its real time) until every plan is posted and no job is left.</summary>
    private static Task<bool> AllPostedAsync(BotFakes fakes, JobTable jobs, CancellationToken ct) =>
        Poll.UntilAsync(async () => SlackLedger.DistinctPlans(fakes.Slack) >= Requests && await jobs.OutstandingAsync(ct) == 0, Deadline * 2, ct);

    private static async Task<string> EvidenceAsync(BotFakes fakes, JobTable jobs, TimeSpan took, DeployBotProcess bot, CancellationToken ct) =>
        $"took {took.TotalSeconds:0.0} s{Environment.NewLine}{SlackLedger.Describe(fakes.Slack)}{Environment.NewLine}{await jobs.DescribeAsync(ct)}{Environment.NewLine}{bot.Output.Tail(60)}";
}
