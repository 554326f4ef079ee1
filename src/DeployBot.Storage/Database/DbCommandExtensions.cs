using System.Data;
using System.Data.Common;

namespace DeployBot.Storage.Database;

/// <summary>Small ADO.NET helpers shared by both engines: commands with typed parameters, and row readers.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Sql(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// A command for <paramref name="sql"/> that the connection may keep prepared for the next call (see
    /// <see cref="PreparedCommands"/>). The connection owns it: do not dispose it, and do not keep it past this use.
    /// </summary>
    public static DbCommand Prepared(this DbConnection connection, string sql, DbTransaction? transaction) =>
        PreparedCommands.For(connection, sql, transaction);

    public static DbCommand With(this DbCommand command, string name, string? value) => Add(command, name, DbType.String, value);

    public static DbCommand With(this DbCommand command, string name, long? value) => Add(command, name, DbType.Int64, value);

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static async Task<long?> ScalarInt64Async(this DbCommand command, CancellationToken cancellationToken)
    {
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    private static DbCommand Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
