using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Testing.Processes;

namespace DeployBot.Host.Tests.Reliability;

/// <summary>
/// Issue 3, "nothing lost": the real host as an OS process on a SQLite file, killed with SIGKILL while plans are being
/// written, then started again on the same file. Every request Slack saw acknowledged ends up as exactly one plan
/// message in the release channel.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class KillAndRestartTests
{
    private const int Requests = 20;
    private static readonly TimeSpan ModelThinkTime = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task KilledMidBurst_RestartedOnSameSqliteFile_PostsEveryAcknowledgedPlanExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fakes = await BotFakes.StartAsync(ct);
        fakes.Model.ReplyDelay = ModelThinkTime;
        var database = Path.Combine(Path.GetTempPath(), "deploybot-reliability", Guid.NewGuid().ToString("N"), "deploybot.db");
        var connectionString = $"Data Source={database}";
        await using var bot = await DeployBotProcess.StartAsync("kill-restart", fakes.Settings("Sqlite", connectionString), ct);

        var acks = await SendBurstAsync(bot, fakes, ct);
        Assert.All(acks, ack => Assert.True(ack.IsDrafting, $"not acknowledged with Drafting: {ack}"));

        // Kill once some plans are out, so the kill lands among posted, in-flight and still-queued plans.
        var someOut = await Poll.UntilAsync(() => SlackLedger.DistinctPlans(fakes.Slack) >= 3, TimeSpan.FromSeconds(90), ct);
        Assert.True(someOut, $"no plan was posted before the kill.{Environment.NewLine}{bot.Output.Tail()}");
        bot.Kill();
        var postedBeforeKill = SlackLedger.DistinctPlans(fakes.Slack);
        Assert.True(postedBeforeKill < Requests, "every plan was already posted when the host was killed, so the restart proved nothing");

        await bot.RestartAsync(ct);
        var jobs = JobTable.Sqlite(connectionString);
        var finished = await WaitForAllJobsAsync(fakes, jobs, ct);

        var evidence = $"{postedBeforeKill} plan(s) posted before the kill.{Environment.NewLine}{SlackLedger.Describe(fakes.Slack)}{Environment.NewLine}{await jobs.DescribeAsync(ct)}{Environment.NewLine}{bot.Output.Tail(60)}";
        Assert.True(finished, $"not every plan was posted within the deadline after the restart.{Environment.NewLine}{evidence}");
        PlanAssertions.EachRequestPostedOnce(fakes.Slack, acks, evidence);
        Assert.Equal(0, await jobs.ParkedAsync(ct));
        Assert.All(SlackLedger.PlanMessages(fakes.Slack), m => Assert.Contains("Written by the language model", m.BlockText, StringComparison.Ordinal));
    }

    private static async Task<List<CommandAck>> SendBurstAsync(DeployBotProcess bot, BotFakes fakes, CancellationToken ct)
    {
        using var client = bot.CreateClient(new SlackSigner(SlashCommands.SigningSecret, new SocketsHttpHandler()));
        var acks = new List<CommandAck>();
        for (var i = 1; i <= Requests; i++)
        {
            acks.Add(await SlashCommands.SendAsync(client, fakes.Slack, i, ct));
        }

        return acks;
    }

    private static Task<bool> WaitForAllJobsAsync(BotFakes fakes, JobTable jobs, CancellationToken ct) =>
        Poll.UntilAsync(
            async () => SlackLedger.DistinctPlans(fakes.Slack) >= Requests && await jobs.OutstandingAsync(ct) == 0,
            TimeSpan.FromSeconds(120),
            ct);
}
