using DeployBot.Core.Health;

namespace DeployBot.Host.Operations.WarmUp;

/// <summary>
/// Runs every <see cref="IStartupWarmUp"/> once while the host starts. Hosted services start before the server listens,
/// so <c>/healthz</c> and <c>/readyz</c> answer (and Slack's first command arrives) only once the first-use paths are
/// warm: the first person after a restart is answered as fast as the next. Bounded: a warm-up that fails is logged and
/// skipped, and one still running after <see cref="Bound"/> is left to finish in the background while the host serves.
/// </summary>
internal sealed class StartupWarmUp(IEnumerable<IStartupWarmUp> warmUps, TimeProvider time, ILogger<StartupWarmUp> logger)
    : IHostedService, IDisposable
{
    /// <summary>How long the start waits for the warm-ups; about half a second of CPU, so this is only reached under heavy load.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        // On the thread pool: a warm-up that blocks its thread cannot hold the start past the bound.
        var warming = Task.Run(() => WarmAllAsync(_stopping.Token), CancellationToken.None);
        try
        {
            await warming.WaitAsync(Bound, time, cancellationToken);
            WarmUpLog.Finished(logger, string.Join(", ", warmUps.Select(warmUp => warmUp.Name)), time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (TimeoutException)
        {
            WarmUpLog.TooSlow(logger, Bound.TotalSeconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        // Hosts in tests may be disposed before they are stopped; disposing already ended the warm-up.
        Volatile.Read(ref _disposed) != 0 ? Task.CompletedTask : _stopping.CancelAsync();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Cancelled before disposed: a warm-up still running then sees the cancellation, not a disposed source.
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task WarmAllAsync(CancellationToken stopping)
    {
        foreach (var warmUp in warmUps)
        {
            try
            {
                await warmUp.WarmAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever a warm-up hits, the host serves anyway; only the first request is slower.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                WarmUpLog.Failed(logger, warmUp.Name, exception);
            }
        }
    }
}
