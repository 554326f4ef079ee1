using DeployBot.Core.Storage;
using DeployBot.Storage.Configuration;
using DeployBot.Storage.Database;
using DeployBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>
/// A SQLite file written by a version before the job and delivery-key tables were rebuilt (migration 5): after the
/// upgrade its queued jobs run in their old order, new jobs queue behind them, and a delivery seen before the upgrade
/// is still a repeat.
/// </summary>
public sealed class SqliteSchemaUpgradeTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "deploybot-upgrade-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private StorageHost? _store;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "deploybot.db")}";

    [Fact]
    public async Task UpgradeFromVersion4_QueuedJobsKeepTheirOrder_NewJobsQueueBehind_AndSeenDeliveriesStayRepeats()
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await WriteVersion4DatabaseAsync($"""
            INSERT INTO plans VALUES ('p-1', '{"{}"}', '{"{}"}', 'slack', 'U1', {now});
            INSERT INTO jobs (id, kind, plan_id, payload, dedupe_key, status, run_after, created_at, updated_at)
                VALUES ('j-done', 'GeneratePlan', 'p-1', '{"{}"}', 'd-done', 'done', {now}, {now}, {now}),
                       ('j-first', 'GeneratePlan', 'p-1', '{"{}"}', 'd-first', 'queued', {now}, {now}, {now}),
                       ('j-second', 'RefreshPost', 'p-1', '{"{}"}', NULL, 'queued', {now}, {now}, {now});
            INSERT INTO delivery_keys VALUES ('slack:Ev-before-upgrade', {now + 3_600_000});
            """);
        _store = new StorageHost(StorageProviders.Sqlite, ConnectionString, _time);

        var repeatOfOldDelivery = await _store.Deliveries.TryMarkAsync("slack:Ev-before-upgrade", TimeSpan.FromHours(1), Cancel);
        var repeatOfOldJob = await _store.Jobs.EnqueueAsync(new NewJob("j-again", JobKind.GeneratePlan, "p-1", "{}", "d-first", _time.GetUtcNow()), null, Cancel);
        Assert.True(await _store.Jobs.EnqueueAsync(new NewJob("j-new", JobKind.RefreshPost, "p-1", "{}", null, _time.GetUtcNow()), null, Cancel));
        var claimed = new List<JobRecord>();
        while (await _store.Jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), Cancel) is { } job)
        {
            claimed.Add(job);
        }

        Assert.False(repeatOfOldDelivery);
        Assert.False(repeatOfOldJob);
        Assert.Equal(["j-first", "j-second", "j-new"], claimed.Select(j => j.Id));
        Assert.True(claimed[2].Sequence > claimed[1].Sequence);
        Assert.True(await _store.Deliveries.TryMarkAsync("slack:Ev-after-upgrade", TimeSpan.FromHours(1), Cancel));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>The file as versions 1–4 of the schema left it, with <paramref name="rows"/> written by that version.</summary>
    private async Task WriteVersion4DatabaseAsync(string rows)
    {
        Directory.CreateDirectory(_directory);
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(Cancel);
        var script = "CREATE TABLE schema_migrations (version bigint PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL);";
        foreach (var migration in SchemaMigrations.All.Where(m => m.Version <= 4))
        {
            script += migration.Sql.Replace("{identity}", SqliteDialect.Instance.IdentityPrimaryKey, StringComparison.Ordinal)
                + $";INSERT INTO schema_migrations VALUES ({migration.Version}, '{migration.Name}', 0);";
        }

        await using var command = connection.CreateCommand();
        command.CommandText = script + rows;
        await command.ExecuteNonQueryAsync(Cancel);
    }
}
