using DeployBot.Storage.Configuration;
using DeployBot.Testing.Postgres;
using Npgsql;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>
/// The storage contract on PostgreSQL (<c>DEPLOYBOT_TEST_POSTGRES</c>): a fresh database per test. Skipped with a
/// reason when no server is configured outside CI; in CI a missing server fails every test here.
/// </summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    private PostgresTestDatabase? _database;

    protected override string Provider => StorageProviders.Postgres;

    [Fact]
    public async Task IsReachableAsync_DatabaseMissing_ReturnsFalse()
    {
        var missing = new NpgsqlConnectionStringBuilder(_database!.ConnectionString) { Database = $"{_database.Name}_missing", Timeout = 5 };
        await using var host = new StorageHost(Provider, missing.ConnectionString, Time);

        Assert.False(await host.Health.IsReachableAsync(Cancel));
    }

    protected override async ValueTask<string> CreateDatabaseAsync()
    {
        if (PostgresTestServer.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        _database = await PostgresTestDatabase.CreateAsync("store", Cancel);
        return _database.ConnectionString;
    }

    protected override async ValueTask DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
