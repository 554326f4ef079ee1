using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Testing.Postgres;
using DeployBot.Testing.Processes;
using DeployBot.Testing.Slack;
using Npgsql;

namespace DeployBot.Host.Tests.Reliability;

/// <summary>
/// Issue 16, storage down at start: the real host starts although PostgreSQL refuses connections, answers
/// <c>/healthz</c> 200 and <c>/readyz</c> 503 naming the storage and its error (never the password), tells people to try
/// again, and turns ready, migrated, once the database answers.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class StorageStartTests
{
    private const string Password = "pw-never-shown-77";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Start_PostgresDown_ServesHealthzAndNotReady_ThenReadyAndPlanningOnceTheDatabaseAnswers()
    {
        if (PostgresTestServer.SkipReason is { } why)
        {
            Assert.Skip(why);
        }

        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresTestDatabase.CreateAsync("down_at_start", ct);
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var gate = new TcpGate(server.Host!, server.Port);
        gate.Open();
        gate.Close();
        var throughGate = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = gate.Port, Password = Password, Timeout = 5 }.ConnectionString;
        await using var fakes = await BotFakes.StartAsync(ct);

        var clock = Stopwatch.StartNew();
        await using var bot = await DeployBotProcess.StartAsync("down-at-start", fakes.Settings("Postgres", throughGate), ct);
        var healthyAfter = clock.Elapsed;
        var (status, reason) = await ReadyzAsync(bot, ct);
        using var client = bot.CreateClient(new SlackSigner(SlashCommands.SigningSecret, new SocketsHttpHandler()));
        var refused = await SlashCommands.SendAsync(client, fakes.Slack, 1, ct);
        // On a loaded machine the failed admission can outlast the engine's 2 s budget: the user then reads "Working on it"
        // and the answer on the command's response_url, as Slack shows it. It is awaited before the database comes back.
        var refusal = refused.Text?.StartsWith("Working on it", StringComparison.Ordinal) == true ? await LateAnswerAsync(fakes, refused, ct) : refused.Text;
        gate.Open();
        clock.Restart();
        var ready = await Poll.UntilAsync(async () => (await ReadyzAsync(bot, ct)).Status == HttpStatusCode.OK, Deadline, ct);
        var readyAfter = clock.Elapsed;
        var accepted = await SlashCommands.SendAsync(client, fakes.Slack, 2, ct);
        var posted = await Poll.UntilAsync(() => SlackLedger.DistinctPlans(fakes.Slack) == 1, TimeSpan.FromSeconds(60), ct);

        var evidence = $"{SlackLedger.Describe(fakes.Slack)}{Environment.NewLine}{bot.Output.Tail(60)}";
        Assert.True(healthyAfter < Deadline, $"/healthz answered only after {healthyAfter.TotalSeconds:0.0} s");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith($"storage (PostgreSQL) is not reachable: Failed to connect to 127.0.0.1:{gate.Port}", reason, StringComparison.Ordinal);
        Assert.Contains("storage unavailable", refusal, StringComparison.Ordinal);
        Assert.Contains("try again", refusal, StringComparison.Ordinal);
        Assert.True(ready && readyAfter < Deadline, $"not ready within {Deadline.TotalSeconds} s of the database coming up.{Environment.NewLine}{evidence}");
        Assert.True(accepted.IsDrafting, $"not accepted once ready: {accepted}");
        Assert.True(posted, $"the plan asked for once ready was not posted.{Environment.NewLine}{evidence}");
        Assert.False(bot.Output.Contains(Password), "the password appeared in the host's output");
        TestContext.Current.TestOutputHelper?.WriteLine($"PostgreSQL down at start: /healthz after {healthyAfter.TotalSeconds:0.0} s; ready {readyAfter.TotalSeconds:0.0} s after the database came up.");
    }

    private static async Task<string?> LateAnswerAsync(BotFakes fakes, CommandAck ack, CancellationToken ct)
    {
        var path = new Uri(ack.ResponseUrl).AbsolutePath;
        SlackApiCall? Answer() => fakes.Slack.CallsTo("response_url").FirstOrDefault(call => call.Path.EndsWith(path, StringComparison.Ordinal));
        await Poll.UntilAsync(() => Answer() is not null, TimeSpan.FromSeconds(30), ct);
        return Answer()?["text"];
    }

    private static async Task<(HttpStatusCode Status, string? Reason)> ReadyzAsync(DeployBotProcess bot, CancellationToken ct)
    {
        using var client = bot.CreateClient();
        using var response = await client.GetAsync(new Uri("readyz", UriKind.Relative), ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
        var reasons = body?["reasons"]?.AsArray();
        return (response.StatusCode, reasons is { Count: > 0 } ? (string?)reasons[0] : null);
    }
}
