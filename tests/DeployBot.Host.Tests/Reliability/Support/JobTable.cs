using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>Reads the bot's job queue and plans straight from its database (SQLite file or PostgreSQL), as an operator would.</summary>
internal sealed class JobTable(string provider, string connectionString)
{
    public static JobTable Sqlite(string connectionString) => new("Sqlite", connectionString);

    public static JobTable Postgres(string connectionString) => new("Postgres", connectionString);

    /// <summary>Jobs not finished yet (queued, or running under a lease).</summary>
    public Task<long> OutstandingAsync(CancellationToken cancellationToken) => CountAsync("SELECT COUNT(*) FROM jobs WHERE status IN ('queued', 'running')", cancellationToken);

    public Task<long> ParkedAsync(CancellationToken cancellationToken) => CountAsync("SELECT COUNT(*) FROM jobs WHERE status = 'parked'", cancellationToken);

    /// <summary>Jobs running under a lease held by a worker of the host process <paramref name="processId"/> (worker ids are machine:pid:guid).</summary>
    public Task<long> RunningOnAsync(int processId, CancellationToken cancellationToken) =>
        CountAsync($"SELECT COUNT(*) FROM jobs WHERE status = 'running' AND lease_owner LIKE '%:{processId}:%'", cancellationToken);

    public Task<long> JobsAsync(CancellationToken cancellationToken) => CountAsync("SELECT COUNT(*) FROM jobs", cancellationToken);

    public Task<long> PlansAsync(CancellationToken cancellationToken) => CountAsync("SELECT COUNT(*) FROM plans", cancellationToken);

    /// <summary>Plans recorded without the job that would post them: a half-written request.</summary>
    public Task<long> PlansWithoutJobAsync(CancellationToken cancellationToken) =>
        CountAsync("SELECT COUNT(*) FROM plans p WHERE NOT EXISTS (SELECT 1 FROM jobs j WHERE j.plan_id = p.plan_id)", cancellationToken);

    /// <summary>Jobs whose plan row is missing: the other half-written shape.</summary>
    public Task<long> JobsWithoutPlanAsync(CancellationToken cancellationToken) =>
        CountAsync("SELECT COUNT(*) FROM jobs j WHERE j.kind = 'GeneratePlan' AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.plan_id = j.plan_id)", cancellationToken);

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, attempts, COALESCE(last_error, '') FROM jobs ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add($"{reader.GetString(0)} after {reader.GetInt64(1)} attempt(s) {reader.GetString(2)}".TrimEnd());
        }

        return "Jobs: " + string.Join(" | ", rows);
    }

    private async Task<long> CountAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    // No pooling: the test must not keep the bot's database open between reads.
    private DbConnection Open() => provider == "Sqlite"
        ? new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString())
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
}
