using DeployBot.Storage.Configuration;
using DeployBot.Testing.Postgres;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>
/// The storage contract on PostgreSQL (<c>DEPLOYBOT_TEST_POSTGRES</c>): a fresh database per test. Skipped with a
/// reason when no server is configured outside CI; in CI a missing server fails every test here.
/// </summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    private PostgresTestDatabase? _database;

    protected override string Provider => StorageProviders.Postgres;

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
