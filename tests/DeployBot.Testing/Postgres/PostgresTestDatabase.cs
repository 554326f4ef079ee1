using Npgsql;

namespace DeployBot.Testing.Postgres;

/// <summary>
/// A fresh, uniquely named database on the test server (<see cref="PostgresTestServer"/>), dropped on dispose.
/// Use one per test (or per test class through a fixture) so tests never see each other's rows.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>An Npgsql connection string for this database (use it as <c>Storage:ConnectionString</c>).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates the database. <paramref name="label"/> (letters, digits, underscores) makes its name easier to spot.</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string label, CancellationToken cancellationToken)
    {
        var server = PostgresTestServer.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresTestServer.EnvironmentVariable} is not set; check PostgresTestServer.SkipReason first.");
        var safeLabel = new string([.. label.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(24)]);
        var database = new PostgresTestDatabase(server, $"deploybot_test_{safeLabel}_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"", cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends sessions still open on it (PostgreSQL 13+), e.g. a host that was killed rather than stopped.
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
