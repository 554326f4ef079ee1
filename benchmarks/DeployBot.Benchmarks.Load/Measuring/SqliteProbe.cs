using Microsoft.Data.Sqlite;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// Reads the SQLite durability settings the host runs with (the same library, so the same compiled-in defaults):
/// journal mode and <c>synchronous</c>, which decide whether an acknowledged request survives a power cut.
/// </summary>
internal static class SqliteProbe
{
    public static async Task<string> SynchronousAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return $"journal_mode={await ScalarAsync(connection, "PRAGMA journal_mode;", cancellationToken)}, "
            + $"synchronous={Synchronous(await ScalarAsync(connection, "PRAGMA synchronous;", cancellationToken))}";
    }

    /// <summary>How many plans (accepted requests) the database holds.</summary>
    public static async Task<long> PlanCountAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return long.Parse(await ScalarAsync(connection, "SELECT COUNT(*) FROM plans;", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "?";
    }

    private static string Synchronous(string value) => value switch
    {
        "0" => "OFF",
        "1" => "NORMAL",
        "2" => "FULL",
        "3" => "EXTRA",
        _ => value,
    };
}
