using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace DeployBot.Storage.Database;

/// <summary>
/// Copies the write-ahead log back into the database file in the background, once a second. SQLite's automatic
/// checkpoint runs inside whichever commit crosses 1,000 WAL pages, so that commit (and every acknowledgement waiting on
/// it) also paid for copying the pages and an fsync of the database file: the slowest answers under load. Connections are
/// opened with <c>wal_autocheckpoint = 0</c> and this loop runs a PASSIVE checkpoint instead, which neither waits for nor
/// blocks readers and writers. When the last connection closes, SQLite checkpoints whatever is left.
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly PeriodicTimer _timer;
    private readonly Task _loop;

    public SqliteCheckpointer(Func<CancellationToken, Task<DbConnection>> open, TimeProvider time, ILogger logger)
    {
        _open = open;
        _logger = logger;
        _timer = new PeriodicTimer(Interval, time);
        _loop = Task.Run(RunAsync);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _loop.Wait(TimeSpan.FromSeconds(10));
        _timer.Dispose();
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            while (await _timer.WaitForNextTickAsync(_stopping.Token))
            {
                await CheckpointAsync(_stopping.Token);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _open(cancellationToken);
            await using var command = connection.Sql("PRAGMA wal_checkpoint(PASSIVE);");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed checkpoint (file missing, disk trouble) must not end the loop or the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The next tick tries again; the log only grows meanwhile, nothing is lost.
            StorageLog.CheckpointFailed(_logger, exception);
        }
    }
}
