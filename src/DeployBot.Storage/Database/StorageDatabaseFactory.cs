using DeployBot.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Storage.Database;

/// <summary>Builds the configured engine (options are validated on first read, with a message naming the setting).</summary>
internal static class StorageDatabaseFactory
{
    public static StorageDatabase Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<StorageDatabase>>();
        return StorageProviders.IsPostgres(options.Provider)
            ? new PostgresDatabase(options.ConnectionString!, time, logger)
            : new SqliteDatabase(StorageProviders.SqliteConnectionString(options.ConnectionString), time, logger);
    }
}
