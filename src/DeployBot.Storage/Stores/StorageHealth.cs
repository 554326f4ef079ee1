using System.Data.Common;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;
using Microsoft.Extensions.Logging;

namespace DeployBot.Storage.Stores;

/// <summary>Reachable means: a connection opens on a migrated schema and answers a query.</summary>
internal sealed class StorageHealth(StorageDatabase database, ILogger<StorageHealth> logger) : IStorageHealth
{
    public string Engine => database.EngineName;

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken) =>
        await FindProblemAsync(cancellationToken) is null;

    public async Task<string?> FindProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.Sql("SELECT COUNT(*) FROM schema_migrations");
            return await command.ScalarInt64Async(cancellationToken) > 0 ? null : "the schema has no migrations recorded";
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or InvalidOperationException or IOException)
        {
            StorageLog.Unreachable(logger, database.EngineName, exception);
            return database.Describe(exception);
        }
    }
}
