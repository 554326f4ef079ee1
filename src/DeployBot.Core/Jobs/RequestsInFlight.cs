namespace DeployBot.Core.Jobs;

/// <summary>
/// The people waiting for an answer on this replica: engine calls in flight. A chat platform gives the bot a few
/// seconds to answer (Slack 3, Teams about 15), while a plan that is already queued can wait a little longer, so during a
/// burst the worker's extra lanes hold back new claims until no one is waiting (see <see cref="PlanJobWorker"/>).
/// </summary>
internal sealed class RequestsInFlight(TimeProvider time)
{
    private int _count;
    private TaskCompletionSource? _quiet;

    /// <summary>True while at least one engine call is running.</summary>
    public bool Busy => Volatile.Read(ref _count) > 0;

    /// <summary>Counts one engine call until the returned value is disposed.</summary>
    public Tracker Enter()
    {
        Interlocked.Increment(ref _count);
        return new Tracker(this);
    }

    /// <summary>Completes when no engine call is running, or after <paramref name="limit"/>, whichever comes first.</summary>
    public async Task WaitUntilQuietAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        if (!Busy)
        {
            return;
        }

        var quiet = Volatile.Read(ref _quiet);
        if (quiet is null)
        {
            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            quiet = Interlocked.CompareExchange(ref _quiet, created, null) ?? created;
        }

        // The last call may have left between the check above and publishing the waiter: look again.
        if (!Busy)
        {
            Release();
            return;
        }

        try
        {
            await quiet.Task.WaitAsync(limit, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Waited long enough: a steady stream of requests must not stop plans from being written.
        }
    }

    private void Leave()
    {
        if (Interlocked.Decrement(ref _count) == 0)
        {
            Release();
        }
    }

    private void Release() => Interlocked.Exchange(ref _quiet, null)?.TrySetResult();

    /// <summary>Ends the count of one engine call; a struct so counting allocates nothing.</summary>
    internal readonly struct Tracker(RequestsInFlight owner) : IDisposable
    {
        public void Dispose() => owner?.Leave();
    }
}
