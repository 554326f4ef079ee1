using DeployBot.Storage.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeployBot.Storage.Database;

/// <summary>
/// Makes storage ready while the host starts, without stopping the host when the database is not up yet: the host
/// serves (<c>/healthz</c> 200, <c>/readyz</c> 503 naming the problem) and this keeps trying, with backoff, until the
/// database answers and the schema is migrated. On SQLite it first takes the file for this host alone (a second host is
/// refused at start) and, once migrated, queues again at once the jobs its previous run left running.
/// </summary>
internal sealed class StorageStartup(StorageDatabase database, JobQueue jobs, TimeProvider time, ILogger<StorageStartup> logger)
    : IHostedService, IDisposable
{
    /// <summary>The longest wait between two attempts, so storage that comes up is used within seconds.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the start waits for the first attempt: a database that is up is migrated before the host listens (the
    /// first commands do not queue behind the migration), one that hangs does not hold the host from serving.
    /// </summary>
    public static readonly TimeSpan FirstAttemptWait = TimeSpan.FromSeconds(10);

    // Taken before any hosted service starts, so every job this run claims is touched after it.
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();
    private readonly CancellationTokenSource _stopping = new();
    private SqliteFileLock? _fileLock;
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _becomingReady = Task.CompletedTask;
    private int _disposed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (database is SqliteDatabase { FilePath: { } file })
        {
            _fileLock = SqliteFileLock.Acquire(file);
        }

        _becomingReady = BecomeReadyAsync(_stopping.Token);
        return WaitForFirstAttemptAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Hosts in tests may be disposed before they are stopped; disposing already ended the attempts.
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _becomingReady.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Cancelled before disposed: an attempt still running then sees the cancellation, not a disposed source.
        _stopping.Cancel();
        _stopping.Dispose();
        _fileLock?.Dispose();
    }

    private async Task WaitForFirstAttemptAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _firstAttempt.Task.WaitAsync(FirstAttemptWait, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Still trying: the host serves meanwhile, not ready, and the attempt goes on in the background.
        }
    }

    /// <summary>1 s, 2 s, 4 s, then every <see cref="MaxRetryDelay"/>.</summary>
    internal static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Clamp(attempt - 1, 0, 10)), MaxRetryDelay.TotalSeconds));

    private async Task BecomeReadyAsync(CancellationToken stopping)
    {
        await Task.Yield();
        for (var attempt = 1; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await database.EnsureMigratedAsync(stopping);
                await TakeBackAsync(stopping);
                _firstAttempt.TrySetResult();
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                _firstAttempt.TrySetResult();
                return;
            }
#pragma warning disable CA1031 // Whatever keeps storage from answering at start, the host serves and tries again; /readyz says why.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _firstAttempt.TrySetResult();
                var delay = RetryDelay(attempt);
                StorageLog.NotReadyYet(logger, database.EngineName, database.Problem ?? database.Describe(exception), delay.TotalSeconds);
                await PauseAsync(delay, stopping);
            }
        }
    }

    /// <summary>Only where this host holds the database alone: a running job from before this start is its previous run's.</summary>
    private async Task TakeBackAsync(CancellationToken stopping)
    {
        if (_fileLock is null || _fileLock.SharedInProcess)
        {
            return;
        }

        var taken = await jobs.TakeBackAsync(_startedAt, stopping);
        if (taken > 0)
        {
            StorageLog.JobsTakenBack(logger, taken);
        }
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, time, stopping);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
