using DeployBot.Storage.Configuration;
using DeployBot.Storage.Database;
using Microsoft.Data.Sqlite;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>The storage contract on SQLite: a fresh file per test.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "deploybot-store-tests", Guid.NewGuid().ToString("N"));

    protected override string Provider => StorageProviders.Sqlite;

    [Fact]
    public async Task Migrate_NewFile_UsesWriteAheadLogging()
    {
        await Store.Database.EnsureMigratedAsync(Cancel);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "deploybot.db")}");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task Commits_FillTheWriteAheadLog_TheDatabaseFileIsUpdatedInTheBackgroundNotInsideACommit()
    {
        var database = Store.Database;
        var file = Path.Combine(_directory, "deploybot.db");
        await database.WriteAsync(async (connection, transaction) => await Execute(connection, transaction, "CREATE TABLE scratch (body BLOB)"), Cancel);

        // About 6 MB: 1,500 pages, past the 1,000 at which SQLite would checkpoint inside the commit that crossed them.
        for (var i = 0; i < 30; i++)
        {
            await database.WriteAsync(async (connection, transaction) => await Execute(connection, transaction, "INSERT INTO scratch VALUES (randomblob(200000))"), Cancel);
        }

        var beforeCheckpoint = new FileInfo(file).Length;
        Time.Advance(SqliteCheckpointer.Interval);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (new FileInfo(file).Length < 5_000_000 && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50, Cancel);
        }

        Assert.True(beforeCheckpoint < 1_000_000, $"the database file grew to {beforeCheckpoint} bytes during the commits");
        Assert.True(new FileInfo(file).Length >= 5_000_000, "the background checkpoint did not copy the log into the database file");
    }

    [Fact]
    public async Task WriteAsync_OneWriteOfAGroupCommitFails_OnlyItsCallerFailsAndTheOthersAreMade()
    {
        var database = Store.Database;
        await database.WriteAsync(async (connection, transaction) => await Execute(connection, transaction, "CREATE TABLE scratch (n INTEGER)"), Cancel);
        var holding = new TaskCompletionSource();
        var held = database.WriteAsync(async (_, _) => await holding.Task.WaitAsync(Cancel).ContinueWith(_ => 0, TaskScheduler.Default), Cancel);

        // Queued while the writer is busy, so they are committed together in the next batch.
        var writes = Enumerable.Range(0, 10).Select(n => database.WriteAsync(
            async (connection, transaction) => n == 4
                ? throw new InvalidOperationException("write 4 breaks")
                : await Execute(connection, transaction, $"INSERT INTO scratch VALUES ({n})"),
            Cancel)).ToArray();
        holding.SetResult();
        await held;
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[4]);
        await Task.WhenAll(writes.Where((_, n) => n != 4));

        var stored = await database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT group_concat(n) FROM (SELECT n FROM scratch ORDER BY n)";
            return (string?)await command.ExecuteScalarAsync(Cancel);
        }, Cancel);
        Assert.Equal("write 4 breaks", failure.Message);
        Assert.Equal("0,1,2,3,5,6,7,8,9", stored);
    }

    private static async Task<int> Execute(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(Cancel);
    }

    protected override ValueTask<string> CreateDatabaseAsync() =>
        ValueTask.FromResult($"Data Source={Path.Combine(_directory, "deploybot.db")}");

    protected override ValueTask DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
