using DeployBot.Storage.Database;
using DeployBot.Storage.Migrations;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task MigrateNowAsync_RunTwice_AppliesEachMigrationOnce()
    {
        var first = await Store.Database.MigrateNowAsync(Cancel);
        var second = await Store.Database.MigrateNowAsync(Cancel);

        Assert.Equal(SchemaMigrations.All.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(SchemaMigrations.All.Select(m => (long)m.Version), await AppliedVersionsAsync(Store.Database));
    }

    [Fact]
    public async Task MigrateNowAsync_TwoReplicasStartingAtOnce_OneAppliesAndBothSucceed()
    {
        var replicas = new[] { Store, NewReplica(), NewReplica() };

        var applied = await Task.WhenAll(replicas.Select(r => Task.Run(() => r.Database.MigrateNowAsync(Cancel), Cancel)));

        Assert.Equal(SchemaMigrations.All.Count, applied.Sum());
        Assert.Equal(SchemaMigrations.All.Select(m => (long)m.Version), await AppliedVersionsAsync(Store.Database));
    }

    [Fact]
    public async Task StartAsync_Host_MigratesBeforeAnyStoreCall()
    {
        await Store.StartAsync(Cancel);

        Assert.Equal(SchemaMigrations.All.Select(m => (long)m.Version), await AppliedVersionsAsync(Store.Database));
        Assert.True(await Store.Health.IsReachableAsync(Cancel));
    }

    [Fact]
    public async Task IsReachableAsync_FreshDatabase_MigratesAndAnswersTrue()
    {
        Assert.True(await NewReplica().Health.IsReachableAsync(Cancel));
    }

    private static async Task<IReadOnlyList<long>> AppliedVersionsAsync(StorageDatabase database)
    {
        await using var connection = await database.OpenAsync(Cancel);
        await using var command = connection.Sql("SELECT version FROM schema_migrations ORDER BY version");
        return await command.QueryAsync(row => row.GetInt64(0), Cancel);
    }
}
