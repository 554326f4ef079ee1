using DeployBot.Storage.Configuration;
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
