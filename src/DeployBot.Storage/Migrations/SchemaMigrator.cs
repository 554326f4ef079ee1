using System.Data.Common;
using DeployBot.Storage.Database;
using Microsoft.Extensions.Logging;

namespace DeployBot.Storage.Migrations;

/// <summary>
/// Applies the migrations a database lacks, in one transaction, recording each in <c>schema_migrations</c>.
/// Concurrent starts wait for each other: SQLite through its write lock, PostgreSQL through an advisory lock.
/// </summary>
internal sealed class SchemaMigrator(StorageDatabase database, ILogger logger)
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version bigint PRIMARY KEY,
            name text NOT NULL,
            applied_at bigint NOT NULL
        )
        """;

    /// <summary>Returns how many migrations were applied now.</summary>
    public async Task<int> MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        if (database.Dialect.MigrationLock is { } takeLock)
        {
            await ExecuteAsync(connection, transaction, takeLock, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, CreateHistory, cancellationToken);
        var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
        var missing = SchemaMigrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version).ToList();
        foreach (var migration in missing)
        {
            await ApplyAsync(connection, transaction, migration, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        StorageLog.SchemaReady(logger, database.EngineName, SchemaMigrations.All[^1].Version, missing.Count);
        return missing.Count;
    }

    private async Task ApplyAsync(DbConnection connection, DbTransaction transaction, Migration migration, CancellationToken cancellationToken)
    {
        if (!migration.SqliteOnly || database.Dialect is SqliteDialect)
        {
            var sql = migration.Sql.Replace("{identity}", database.Dialect.IdentityPrimaryKey, StringComparison.Ordinal);
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
        }

        await using var record = connection.Sql(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", transaction)
            .With("@version", migration.Version)
            .With("@name", migration.Name)
            .With("@at", database.Time.Now());
        await record.ExecuteNonQueryAsync(cancellationToken);
        StorageLog.MigrationApplied(logger, database.EngineName, migration.Version, migration.Name);
    }

    private static async Task<HashSet<long>> AppliedVersionsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var query = connection.Sql("SELECT version FROM schema_migrations", transaction);
        var versions = await query.QueryAsync(reader => reader.GetInt64(0), cancellationToken);
        return [.. versions];
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
