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
