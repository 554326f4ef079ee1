using System.Data.Common;
using DeployBot.Storage.Migrations;
using Microsoft.Extensions.Logging;

namespace DeployBot.Storage.Database;

/// <summary>
/// One storage engine: opens connections on a migrated schema and begins write transactions.
/// The schema is migrated once per process, before the first connection is handed out, whichever caller comes first
/// (the start-up hosted service or a worker that started earlier).
/// </summary>
internal abstract class StorageDatabase(ISqlDialect dialect, TimeProvider time, ILogger logger) : IDisposable, IAsyncDisposable
{
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;
    private volatile string? _problem;

    public ISqlDialect Dialect => dialect;

    public TimeProvider Time => time;

    /// <summary>"SQLite" or "PostgreSQL", for logs.</summary>
    public abstract string EngineName { get; }

    /// <summary>True once this process has found the schema migrated.</summary>
    public bool IsMigrated => _migrated;

    /// <summary>Why the last attempt to reach and migrate the database failed (no secrets); null once it succeeded.</summary>
    public string? Problem => _problem;

    /// <summary>Opens a connection, migrating the schema first if this process has not yet.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>Begins a transaction that writes. On SQLite it takes the write lock at once (<c>BEGIN IMMEDIATE</c>).</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one write transaction and commits it.</summary>
    public virtual async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Opens a connection for statements that write (outside <see cref="WriteAsync{T}"/> too), after this process's
    /// earlier writers are done with theirs: see <see cref="EnterWriteAsync"/>. The turn ends when the connection is disposed.
    /// </summary>
    public async Task<DbConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var turn = await EnterWriteAsync(cancellationToken);
        try
        {
            var connection = await OpenAsync(cancellationToken);
            if (turn is not null)
            {
                connection.Disposed += (_, _) => turn.Dispose();
            }

            return connection;
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
    }

    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await MigrateNowAsync(cancellationToken);
                _migrated = true;
                _problem = null;
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            _problem = Describe(exception);
            throw;
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <summary>What went wrong, in one line for operators: the error and its cause, with the password blanked.</summary>
    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception.Message.TrimEnd('.');
        if (exception.InnerException is { } cause && !text.Contains(cause.Message, StringComparison.Ordinal))
        {
            text += $" ({cause.Message.TrimEnd('.')})";
        }

        return Redact(text);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Nothing here waits on I/O (pools close their idle connections synchronously), so async disposal is sync disposal.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _migrationGate.Dispose();
        }
    }

    /// <summary>Blanks anything secret the engine's messages might repeat (a password from the connection string).</summary>
    protected virtual string Redact(string text) => text;

    /// <summary>Waits for this process's turn to write; null when the engine needs no turns (row locks suffice).</summary>
    protected virtual ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>Opens a raw connection (no migration check).</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Engine settings that live in the database rather than the connection (SQLite's WAL mode).</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies the migrations the database lacks (whether or not this process already did) and returns how many.</summary>
    public async Task<int> MigrateNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await PrepareAsync(connection, cancellationToken);
        return await new SchemaMigrator(this, logger).MigrateAsync(connection, cancellationToken);
    }
}
