namespace DeployBot.Core.Jobs;

/// <summary>Wakes this replica's worker as soon as the engine enqueues a job, instead of at the next poll.</summary>
internal sealed class JobSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        // During a burst every enqueue notifies; once signalled, skip the release rather than throw and catch each time.
        if (_pending.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every job enqueued since.
        }
    }

    /// <summary>Returns when signalled or after <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _pending.Dispose();
}
