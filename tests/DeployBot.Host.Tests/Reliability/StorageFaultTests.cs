using System.Net;
using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Testing.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DeployBot.Host.Tests.Reliability;

/// <summary>
/// Issue 9, storage briefly unavailable. What Slack users see: /deploy-plan is answered with HTTP 200 and an
/// ephemeral message (Slack shows a 2xx body to the person; a 503 would only show Slack's generic "failed with the
/// error http_service_error"), saying the request could not be recorded and to try again. Nothing half-written stays
/// (no plan without its job, no job without its plan), and requests work again once storage is back.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class StorageFaultTests
{
    private static readonly TimeSpan SlackDeadline = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Command_DatabaseRefusesConnections_AnswersStorageUnavailableRecordsNothing_WorksOnceBack()
    {
        if (PostgresTestServer.SkipReason is { } why)
        {
            Assert.Skip(why);
        }

        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresTestDatabase.CreateAsync("storage_outage", ct);
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var gate = new TcpGate(server.Host!, server.Port);
        gate.Open();
        var throughGate = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = gate.Port, Timeout = 5 }.ConnectionString;
        var fakes = await BotFakes.StartAsync(ct);
        await using var bot = InMemoryBot.Start(fakes, fakes.Settings("Postgres", throughGate), JobTable.Postgres(database.ConnectionString), throughGate);

        var before = await bot.SendAsync(1, 1, ct);
        Assert.True(await bot.WaitForPlansAsync(1, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));
        gate.Close();
        var during = (await bot.SendAsync(2, 2, ct))[0];
        var (jobs, plans) = (await bot.Jobs.JobsAsync(ct), await bot.Jobs.PlansAsync(ct));
        gate.Open();
        var after = await bot.SendAsync(3, 3, ct);
        Assert.True(await bot.WaitForPlansAsync(2, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));

        AssertToldToTryAgain(during);
        Assert.Equal((1L, 1L), (jobs, plans));
        await AssertNothingHalfWrittenAsync(bot.Jobs, ct);
        Assert.True(after[0].IsDrafting, $"not accepted once storage was back: {after[0]}");
        PlanAssertions.EachRequestPostedOnce(bot.Slack, [.. before, .. after], await bot.EvidenceAsync(ct));
    }

    [Fact]
    public async Task Command_SqliteWriteLockHeldBriefly_AnswersInTimeThenRecordsAndPostsThePlanOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await InMemoryBot.StartAsync(null, ct);
        var first = await bot.SendAsync(1, 1, ct);
        Assert.True(await bot.WaitForPlansAsync(1, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));

        CommandAck locked;
        await using (var holder = await HoldWriteLockAsync(bot.ConnectionString, ct))
        {
            locked = (await bot.SendAsync(2, 2, ct))[0];
        }

        var told = await Poll.UntilAsync(() => bot.Slack.CallsTo("response_url").Any(c => locked.ResponseUrl.EndsWith(c.Path, StringComparison.Ordinal) && (c["text"] ?? "").StartsWith("Drafting the ", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), ct);
        Assert.True(await bot.WaitForPlansAsync(2, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));

        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.True(locked.Took < SlackDeadline, $"answered after Slack's deadline: {locked}");
        Assert.Equal("ephemeral", locked.ResponseType);
        Assert.True(told, "the late answer (Drafting…) never reached the requester's response_url");
        PlanAssertions.EachRequestPostedOnce(bot.Slack, [.. first, locked], await bot.EvidenceAsync(ct));
        await AssertNothingHalfWrittenAsync(bot.Jobs, ct);
    }

    [Fact]
    public async Task Command_DatabaseHangs_AnswersInTimeThenTellsTheRequesterStorageUnavailable_NothingHalfWritten()
    {
        if (PostgresTestServer.SkipReason is { } why)
        {
            Assert.Skip(why);
        }

        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresTestDatabase.CreateAsync("storage_hang", ct);
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var gate = new TcpGate(server.Host!, server.Port);
        gate.Open();
        var throughGate = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = gate.Port, Timeout = 5, Pooling = false }.ConnectionString;
        // No pooling: every request opens a fresh connection, so once the server hangs each one waits for the 5 s timeout.
        var fakes = await BotFakes.StartAsync(ct);
        await using var bot = InMemoryBot.Start(fakes, fakes.Settings("Postgres", throughGate), JobTable.Postgres(database.ConnectionString), throughGate);
        var first = await bot.SendAsync(1, 1, ct);
        Assert.True(await bot.WaitForPlansAsync(1, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));

        gate.Close();
        gate.Silent = true;
        gate.Open();
        var hung = (await bot.SendAsync(2, 2, ct))[0];
        var told = await Poll.UntilAsync(() => bot.Slack.CallsTo("response_url").Any(c => hung.ResponseUrl.EndsWith(c.Path, StringComparison.Ordinal) && (c["text"] ?? "").Contains("storage unavailable", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), ct);
        gate.Close();
        gate.Silent = false;
        gate.Open();
        var after = await bot.SendAsync(3, 3, ct);
        Assert.True(await bot.WaitForPlansAsync(2, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));

        Assert.True(hung.Status == HttpStatusCode.OK && hung.ResponseType == "ephemeral" && hung.Took < SlackDeadline, $"not answered within Slack's deadline: {hung}");
        Assert.True(told, $"the requester was never told the request could not be recorded.{Environment.NewLine}{await bot.EvidenceAsync(ct)}");
        Assert.Equal((2L, 2L), (await bot.Jobs.JobsAsync(ct), await bot.Jobs.PlansAsync(ct)));
        await AssertNothingHalfWrittenAsync(bot.Jobs, ct);
        PlanAssertions.EachRequestPostedOnce(bot.Slack, [.. first, .. after], await bot.EvidenceAsync(ct));
    }

    private static void AssertToldToTryAgain(CommandAck ack)
    {
        Assert.Equal(HttpStatusCode.OK, ack.Status);
        Assert.True(ack.Took < SlackDeadline, $"answered after Slack's deadline: {ack}");
        Assert.Equal("ephemeral", ack.ResponseType);
        Assert.Contains("storage unavailable", ack.Text, StringComparison.Ordinal);
        Assert.Contains("try again", ack.Text, StringComparison.Ordinal);
    }

    private static async Task AssertNothingHalfWrittenAsync(JobTable jobs, CancellationToken ct)
    {
        Assert.Equal(0, await jobs.PlansWithoutJobAsync(ct));
        Assert.Equal(0, await jobs.JobsWithoutPlanAsync(ct));
    }

    /// <summary>Another process's write transaction on the bot's SQLite file: every write of the bot waits behind it.</summary>
    private static async Task<SqliteConnection> HoldWriteLockAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        await begin.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
