using System.Data.Common;
using System.Runtime.CompilerServices;

namespace DeployBot.Storage.Database;

/// <summary>
/// Commands kept with a long-lived connection and reused, so each statement is prepared once per connection rather
/// than once per call: preparing costs SQLite about as much as running a small insert. Only connections that ask for
/// it (<see cref="Keep"/>: SQLite's group-commit writer) keep commands; on any other connection
/// <see cref="DbCommandExtensions.Prepared"/> hands out a fresh command that is disposed with its connection.
/// </summary>
internal sealed class PreparedCommands : IDisposable
{
    private static readonly ConditionalWeakTable<DbConnection, PreparedCommands> Kept = new();

    private readonly DbConnection _connection;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    private PreparedCommands(DbConnection connection) => _connection = connection;

    /// <summary>Keeps commands with <paramref name="connection"/> until the returned value (or the connection) is disposed.</summary>
    public static PreparedCommands Keep(DbConnection connection)
    {
        var kept = new PreparedCommands(connection);
        Kept.AddOrUpdate(connection, kept);
        connection.Disposed += (_, _) => kept.Dispose();
        return kept;
    }

    /// <summary>The command for <paramref name="sql"/> on <paramref name="connection"/>, parameters cleared; never null.</summary>
    public static DbCommand For(DbConnection connection, string sql, DbTransaction? transaction)
    {
        if (Kept.TryGetValue(connection, out var kept))
        {
            return kept.Get(sql, transaction);
        }

        var command = connection.Sql(sql, transaction);
        connection.Disposed += (_, _) => command.Dispose();
        return command;
    }

    public void Dispose()
    {
        Kept.Remove(_connection);
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private DbCommand Get(string sql, DbTransaction? transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.Sql(sql);
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }
}
