using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Testing.Processes;

namespace DeployBot.Host.Tests.Reliability;

/// <summary>
/// The first person after a restart: the real host as an OS process warms its slash-command path before it listens,
/// leaves nothing behind doing so, and answers its very first command with the usual Drafting acknowledgement.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class StartupWarmUpProcessTests
{
    private const string WarmedUp = "Warm-up finished before serving";

    [Fact]
    public async Task FreshHost_VeryFirstSlashCommand_IsAcknowledgedWithDraftingAfterAWarmUpThatLeftNothingBehind()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fakes = await BotFakes.StartAsync(ct);
        var database = Path.Combine(Path.GetTempPath(), "deploybot-reliability", Guid.NewGuid().ToString("N"), "deploybot.db");
        var connectionString = $"Data Source={database}";
        await using var bot = await DeployBotProcess.StartAsync("warm-up", fakes.Settings("Sqlite", connectionString), ct);
        var jobs = JobTable.Sqlite(connectionString);
        var lines = bot.Output.Lines;
        var warmedAt = IndexOf(lines, WarmedUp);
        var listeningAt = IndexOf(lines, "Now listening on:");
        var jobsBefore = await jobs.JobsAsync(ct);
        var plansBefore = await jobs.PlansAsync(ct);
        var messagesBefore = fakes.Slack.Calls.Count(call => call.Method.StartsWith("chat.", StringComparison.Ordinal));

        using var client = bot.CreateClient(new SlackSigner(SlashCommands.SigningSecret, new SocketsHttpHandler()));
        var first = await SlashCommands.SendAsync(client, fakes.Slack, 1, ct);

        var output = bot.Output.Tail();
        Assert.True(warmedAt >= 0 && warmedAt < listeningAt, $"the host listened before it had warmed up.{Environment.NewLine}{output}");
        Assert.DoesNotContain(lines, line => line.Contains("Warm-up", StringComparison.Ordinal) && line.Contains("warn", StringComparison.Ordinal));
        Assert.Equal((0L, 0L, 0), (jobsBefore, plansBefore, messagesBefore));
        Assert.True(first.IsDrafting, $"the first command was not acknowledged with Drafting: {first}{Environment.NewLine}{output}");
        Assert.True(await Poll.UntilAsync(() => SlackLedger.DistinctPlans(fakes.Slack) >= 1, TimeSpan.FromSeconds(60), ct), $"no plan was posted.{Environment.NewLine}{output}");
        Assert.Equal(1, await jobs.JobsAsync(ct));
    }

    private static int IndexOf(IReadOnlyList<string> lines, string text)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
