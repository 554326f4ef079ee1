using System.Data.Common;
using System.Globalization;
using System.Threading.Channels;

namespace DeployBot.Storage.Database;

/// <summary>
/// Group commit for SQLite write transactions. SQLite has one writer per file and every durable commit costs an fsync
/// (several milliseconds on a VM disk), so one transaction per request caps a replica at a few hundred writes a second
/// and makes writers queue behind each other's fsyncs. Here, writes that arrive while a commit is in flight are run
/// together in the next transaction, each inside its own savepoint (a failing write is rolled back alone), and every
/// caller is answered only after the commit that holds its write: durability is exactly that of one transaction each.
/// The batches run on a thread of their own: SQLite's calls block (a commit waits for its fsync) even when they look
/// asynchronous, and a loop that is never idle under load would otherwise hold one of the thread pool's few threads
/// (two on a 2-core machine) that the webhooks' answers need. The batches share one connection, kept open, whose
/// commands stay prepared (<see cref="PreparedCommands"/>); after a failed commit it is closed and opened afresh.
/// </summary>
internal sealed class SqliteWriteBatcher : IDisposable
{
    private const int MaxBatch = 128;

    private readonly Channel<IBatchedWrite> _pending = Channel.CreateUnbounded<IBatchedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Func<CancellationToken, ValueTask<IDisposable?>> _enterWrite;
    private readonly Func<DbConnection, CancellationToken, Task<DbTransaction>> _begin;
    private readonly Thread _loop;
    private DbConnection? _connection;

    public SqliteWriteBatcher(
        Func<CancellationToken, Task<DbConnection>> open,
        Func<CancellationToken, ValueTask<IDisposable?>> enterWrite,
        Func<DbConnection, CancellationToken, Task<DbTransaction>> begin)
    {
        _open = open;
        _enterWrite = enterWrite;
        _begin = begin;
        _loop = new Thread(Run) { IsBackground = true, Name = "SQLite writer" };
        _loop.Start();
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new BatchedWrite<T>(work, cancellationToken);
        if (!_pending.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteWriteBatcher), "Storage is shutting down; the write was not made.");
        }

        return write.Task;
    }

    public void Dispose()
    {
        _pending.Writer.TryComplete();
        // Writes already queued finish (or fail) before the database goes away.
        _loop.Join(TimeSpan.FromSeconds(30));
        CloseConnection();
    }

    private void Run()
    {
        var batch = new List<IBatchedWrite>(MaxBatch);
        while (WaitForWrites())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var write))
            {
                if (!write.CancelIfRequested())
                {
                    batch.Add(write);
                }
            }

            if (batch.Count > 0)
            {
                // Blocks this thread, which is what it is for: SQLite completes these calls synchronously.
                CommitAsync(batch).GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>Waits, on this thread, until a write is queued; false once the batcher is disposed and drained.</summary>
    private bool WaitForWrites()
    {
        var ready = _pending.Reader.WaitToReadAsync();
        return ready.IsCompletedSuccessfully ? ready.Result : ready.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Commits the batch in one transaction. First without savepoints (two statements fewer per write): writes rarely
    /// fail. If one does, that transaction is rolled back whole and the batch runs again with a savepoint per write,
    /// so the failure stays with its own caller and the others are made.
    /// </summary>
    private async Task CommitAsync(List<IBatchedWrite> batch)
    {
        if (batch.Count == 1 || !await TryCommitTogetherAsync(batch))
        {
            await CommitIsolatedAsync(batch);
        }
    }

    private async Task<bool> TryCommitTogetherAsync(List<IBatchedWrite> batch)
    {
        try
        {
            using var turn = await _enterWrite(CancellationToken.None);
            var connection = await ConnectionAsync();
            await using var transaction = await _begin(connection, CancellationToken.None);
            foreach (var write in batch)
            {
                await write.RunAsync(connection, transaction);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // Nothing was made (the transaction is rolled back); the batch runs again write by write.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        batch.ForEach(write => write.Complete());
        return true;
    }

    private async Task CommitIsolatedAsync(List<IBatchedWrite> batch)
    {
        var made = new List<IBatchedWrite>(batch.Count);
        try
        {
            using var turn = await _enterWrite(CancellationToken.None);
            var connection = await ConnectionAsync();
            await using var transaction = await _begin(connection, CancellationToken.None);
            if (batch.Count == 1)
            {
                // Alone in its transaction, a write needs no savepoint: if it fails, the whole (its own) transaction is rolled back.
                await batch[0].RunAsync(connection, transaction);
                made.Add(batch[0]);
            }
            else
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    if (await RunOneAsync(batch[i], connection, transaction, "w" + i.ToString(CultureInfo.InvariantCulture)))
                    {
                        made.Add(batch[i]);
                    }
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // The commit failed: every write in it failed, and each caller gets the reason.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Whatever broke (the disk, the file, the connection), the next batch starts on a fresh connection.
            CloseConnection();
            batch.ForEach(write => write.Fail(exception));
            return;
        }

        made.ForEach(write => write.Complete());
    }

    /// <summary>The writer's connection, opened (and its commands' cache started) on first use or after a failure.</summary>
    private async Task<DbConnection> ConnectionAsync()
    {
        if (_connection is null)
        {
            var connection = await _open(CancellationToken.None);
            PreparedCommands.Keep(connection);
            _connection = connection;
        }

        return _connection;
    }

    private void CloseConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>Runs one write in its own savepoint; on failure rolls back just that write and fails its caller.</summary>
    private static async Task<bool> RunOneAsync(IBatchedWrite write, DbConnection connection, DbTransaction transaction, string savepoint)
    {
        await transaction.SaveAsync(savepoint);
        try
        {
            await write.RunAsync(connection, transaction);
            await transaction.ReleaseAsync(savepoint);
            return true;
        }
#pragma warning disable CA1031 // The caller's own failure (constraint, cancellation, bug) goes back to that caller only.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await transaction.RollbackAsync(savepoint);
            await transaction.ReleaseAsync(savepoint);
            write.Fail(exception);
            return false;
        }
    }

    private interface IBatchedWrite
    {
        bool CancelIfRequested();

        Task RunAsync(DbConnection connection, DbTransaction transaction);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class BatchedWrite<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) : IBatchedWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public bool CancelIfRequested() => cancellationToken.IsCancellationRequested && _done.TrySetCanceled(cancellationToken);

        public async Task RunAsync(DbConnection connection, DbTransaction transaction) => _result = await work(connection, transaction);

        public void Complete() => _done.TrySetResult(_result);

        public void Fail(Exception exception)
        {
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                _done.TrySetCanceled(cancellationToken);
            }
            else
            {
                _done.TrySetException(exception);
            }
        }
    }
}
