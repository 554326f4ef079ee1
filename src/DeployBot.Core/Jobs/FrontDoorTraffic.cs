namespace DeployBot.Core.Jobs;

/// <summary>
/// Whether people are waiting for answers on this replica: an engine call is running, or one started moments ago. A chat
/// platform gives the bot a few seconds to answer (Slack 3, Teams about 15), while a queued plan can wait a little, so
/// during a burst the worker's extra lanes hold back new claims until a lull (see <see cref="PlanJobWorker"/>).
/// </summary>
internal sealed class FrontDoorTraffic(TimeProvider time)
{
    /// <summary>How long after a request arrived the front door still counts as busy: the next one is likely near.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(20);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private int _inFlight;
    private long _lastArrival = long.MinValue;

    /// <summary>True while an engine call runs or for <see cref="Window"/> after the last one began.</summary>
    public bool Busy =>
        Volatile.Read(ref _inFlight) > 0
        || (Volatile.Read(ref _lastArrival) is var last && last != long.MinValue && time.GetElapsedTime(last) < Window);

    /// <summary>Counts one engine call until the returned value is disposed.</summary>
    public Visit Enter()
    {
        Volatile.Write(ref _lastArrival, time.GetTimestamp());
        Interlocked.Increment(ref _inFlight);
        return new Visit(this);
    }

    /// <summary>
    /// Returns at the first lull it sees (looking every 50 ms), or after <paramref name="limit"/> even if there was none:
    /// a steady stream of requests must not stop plans from being written.
    /// </summary>
    public async Task WaitForLullAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (Busy && time.GetElapsedTime(started) < limit)
        {
            await Task.Delay(Poll, time, cancellationToken);
        }
    }

    private void Leave() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Ends the count of one engine call; a struct so counting allocates nothing.</summary>
    internal readonly struct Visit(FrontDoorTraffic owner) : IDisposable
    {
        public void Dispose() => owner?.Leave();
    }
}
