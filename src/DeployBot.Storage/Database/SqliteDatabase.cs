using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DeployBot.Storage.Database;

/// <summary>
/// SQLite in a file: WAL mode so readers never block the writer, a busy timeout so several threads or processes
/// wait for the write lock instead of failing, and foreign keys enforced.
/// </summary>
internal sealed class SqliteDatabase : StorageDatabase
{
    private const int BusyTimeoutMilliseconds = 30_000;
    private readonly string _connectionString;

    // SQLite has one writer per file. Writers of this process queue here, in order, instead of in SQLite's busy handler,
    // which sleeps and retries (up to 100 ms a time) and lets a writer starve while others keep winning the lock.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SqliteWriteBatcher _batcher;
    private readonly SqliteCheckpointer _checkpointer;

    // Native connections (kept alive by the pool) whose per-connection settings are already made.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private static readonly object Configured = new();

    public SqliteDatabase(string connectionString, TimeProvider time, ILogger<StorageDatabase> logger)
        : base(SqliteDialect.Instance, time, logger)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, Pooling = true };
        builder.DataSource = ResolveFile(builder);
        _connectionString = builder.ToString();
        _batcher = new SqliteWriteBatcher(OpenAsync, EnterWriteAsync, BeginWriteAsync);
        _checkpointer = new SqliteCheckpointer(OpenAsync, time, logger);
    }

    public override string EngineName => "SQLite";

    /// <summary>The connection string in use, with the file path made absolute.</summary>
    public string ConnectionString => _connectionString;

    /// <summary>The database file (absolute), or null when the connection string names no plain file (a <c>file:</c> URI).</summary>
    public string? FilePath
    {
        get
        {
            var source = new SqliteConnectionStringBuilder(_connectionString).DataSource;
            return Path.IsPathFullyQualified(source) ? source : null;
        }
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false));

    /// <summary>Write transactions are group-committed: see <see cref="SqliteWriteBatcher"/>.</summary>
    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _batcher.WriteAsync(work, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _batcher.Dispose();
            _checkpointer.Dispose();
            using var connection = new SqliteConnection(_connectionString);

            // Pooled connections keep the file open; release them so the file can be moved or deleted.
            SqliteConnection.ClearPool(connection);
            _writer.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new WriteTurn(_writer);
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // A pooled connection keeps its native handle, and these settings with it: make them once per handle.
            // Checkpoints run in the background (SqliteCheckpointer), not inside the commit that fills the log.
            if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
            {
                await using var pragma = connection.Sql($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA wal_autocheckpoint = 0;");
                await pragma.ExecuteNonQueryAsync(cancellationToken);
                _configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql("PRAGMA journal_mode = WAL;");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Makes a relative file path absolute (from the current directory) and creates its directory.</summary>
    private static string ResolveFile(SqliteConnectionStringBuilder builder)
    {
        var source = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || source.Length == 0 || source == ":memory:"
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return source;
        }

        var path = Path.GetFullPath(source);
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return path;
    }

    /// <summary>This process's turn to write; released once, however often disposed.</summary>
    private sealed class WriteTurn(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                try
                {
                    writer.Release();
                }
                catch (ObjectDisposedException)
                {
                    // The database was disposed (the host is stopping) while this connection was still open.
                }
            }
        }
    }
}
