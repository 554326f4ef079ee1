using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace DeployBot.Benchmarks.Load.Stores;

/// <summary>
/// A fresh database <c>deploybot_load_&lt;guid&gt;</c> on the PostgreSQL server given with <c>--postgres</c>, created
/// for one run (the host migrates its schema at start) and dropped at the end, sessions and all. Each replica's
/// connection pool is sized so that all of them fit in the server's <c>max_connections</c> (Npgsql's default pool of
/// 100 and a default server of 100 refuse connections under load: "too many clients already"), and never above that
/// default, unless the given connection string sets a pool size itself.
/// </summary>
internal sealed class PostgresStore : IBenchStore
{
    private readonly string _server;

    private PostgresStore(string server, string database, int? poolPerReplica, string pool)
    {
        _server = server;
        DatabaseName = database;
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = database };
        if (poolPerReplica is { } size)
        {
            builder.MaxPoolSize = size;
        }

        ConnectionString = builder.ConnectionString;
        Pool = pool;
    }

    /// <summary>How the pool was sized, for the report.</summary>
    public string Pool { get; }

    public string Name => "PostgreSQL";

    public string Provider => "Postgres";

    public string DatabaseName { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Null when <paramref name="server"/> is reachable and may create databases; otherwise why not, so a run fails in
    /// its first second rather than after the SQLite half.
    /// </summary>
    public static async Task<string?> ProblemAsync(string server, CancellationToken cancellationToken)
    {
        try
        {
            var canCreate = await ServerScalarAsync(server, "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user", cancellationToken);
            return canCreate is true ? null : "--postgres: the user may not create databases (the tool creates and drops deploybot_load_<guid>); grant CREATEDB.";
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or FormatException or InvalidOperationException or TimeoutException)
        {
            return $"--postgres: cannot use the PostgreSQL server ({exception.GetType().Name}: {exception.Message}).";
        }
    }

    public static async Task<PostgresStore> CreateAsync(string server, int replicas, CancellationToken cancellationToken)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = server };
        var poolGiven = PoolKeys.Any(key => given.ContainsKey(key));
        var maxConnections = Convert.ToInt32(await ServerScalarAsync(server, "SHOW max_connections", cancellationToken), CultureInfo.InvariantCulture);
        var reserved = Convert.ToInt32(await ServerScalarAsync(server, "SHOW superuser_reserved_connections", cancellationToken), CultureInfo.InvariantCulture);
        // A few connections are left for this tool's probes and for psql; never above Npgsql's default, the product's.
        var poolPerReplica = Math.Clamp((maxConnections - reserved - 5) / replicas, 1, NpgsqlDefaultPool);
        var pool = poolGiven
            ? $"max_connections={maxConnections}, pool size as given in the connection string"
            : $"max_connections={maxConnections}, Maximum Pool Size {poolPerReplica} per replica";
        var store = new PostgresStore(server, $"deploybot_load_{Guid.NewGuid():N}", poolGiven ? null : poolPerReplica, pool);
        await ExecuteAsync(server, $"CREATE DATABASE \"{store.DatabaseName}\"", cancellationToken);
        return store;
    }

    public async Task<long> PlanCountAsync(CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM plans", cancellationToken), CultureInfo.InvariantCulture);

    public async Task<string> DurabilityAsync(CancellationToken cancellationToken) =>
        $"PostgreSQL {await ScalarAsync("SHOW server_version", cancellationToken)}, "
        + $"synchronous_commit={await ScalarAsync("SHOW synchronous_commit", cancellationToken)}, "
        + $"fsync={await ScalarAsync("SHOW fsync", cancellationToken)}; {Pool}";

    private const int NpgsqlDefaultPool = 100;

    private static readonly string[] PoolKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends sessions a killed host left open (PostgreSQL 13+).
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", CancellationToken.None);
    }

    private Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken) => ServerScalarAsync(ConnectionString, sql, cancellationToken);

    private static async Task<object?> ServerScalarAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
