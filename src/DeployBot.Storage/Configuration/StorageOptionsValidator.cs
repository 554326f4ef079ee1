using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DeployBot.Storage.Configuration;

/// <summary>Refuses to start with an unknown provider, a PostgreSQL setup without a connection string, or a SQLite database that would not last.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (StorageProviders.IsSqlite(options.Provider))
        {
            return ValidateSqlite(StorageProviders.SqliteConnectionString(options.ConnectionString));
        }

        if (!StorageProviders.IsPostgres(options.Provider))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider is '{options.Provider}'; it must be '{StorageProviders.Sqlite}' (the default, a file under ./data/) "
                + $"or '{StorageProviders.Postgres}' (several replicas sharing one database).");
        }

        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail(
                "Storage:Provider is Postgres but Storage:ConnectionString is empty; set it to an Npgsql connection string, "
                + "e.g. Host=db;Port=5432;Username=deploybot;Password=…;Database=deploybot.")
            : IsWellFormed(options.ConnectionString);
    }

    private static ValidateOptionsResult ValidateSqlite(string connectionString)
    {
        var wellFormed = IsWellFormed(connectionString);
        if (wellFormed.Failed)
        {
            return wellFormed;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        return inMemory
            ? ValidateOptionsResult.Fail(
                "Storage:ConnectionString points SQLite at memory; DeployBot needs a file (e.g. Data Source=data/deploybot.db) "
                + "so accepted requests survive a restart.")
            : ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult IsWellFormed(string connectionString)
    {
        try
        {
            _ = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            // Not echoed: a connection string may carry a password.
            return ValidateOptionsResult.Fail("Storage:ConnectionString is not a valid 'Key=Value;Key=Value' connection string.");
        }
    }
}
