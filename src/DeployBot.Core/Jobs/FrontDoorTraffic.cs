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

    /// <summary>
    /// Arrivals that make a burst when they all came within <see cref="BurstSpan"/> (256 a second or more). A burst keeps
    /// the front door busy through short gaps: on a saturated machine such a gap is not a lull but requests queued behind
    /// busy threads. Judged by <see cref="Window"/> alone, such gaps released all 63 held-back lanes at once, several
    /// times a second at the start of a wrk burst (logged in profile mode, 5 Dec 2026), each herd writing plans on the
    /// CPU the acknowledgements needed. A modest stream (20 commands a second) is never a burst, so its plans still
    /// start at the first 20 ms gap.
    /// </summary>
    public const int BurstArrivals = 64;

    /// <summary>See <see cref="BurstArrivals"/>.</summary>
    public static readonly TimeSpan BurstSpan = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How often a busy front door is looked at again. A held-back lane starts its plan up to this long after the lull
    /// began: at 50 ms, part of the 51–75 ms (p50) a plan took beyond the model's time at 20 commands a second in the
    /// load benchmark. One shared loop, so 100 looks a second are nothing next to the acknowledgements.
    /// </summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    private readonly Lock _gate = new();

    /// <summary>When the last <see cref="BurstArrivals"/> engine calls began, oldest overwritten first (approximate under races, which is enough).</summary>
    private readonly long[] _arrivals = new long[BurstArrivals];
    private Task? _lull;
    private int _inFlight;
    private int _arrivalCount;
    private long _lastArrival = long.MinValue;

    /// <summary>
    /// True while an engine call runs, for <see cref="Window"/> after the last one began, and while a burst lasts
    /// (<see cref="BurstArrivals"/> calls begun within <see cref="BurstSpan"/>).
    /// </summary>
    public bool Busy =>
        Volatile.Read(ref _inFlight) > 0
        || (Volatile.Read(ref _lastArrival) is var last && last != long.MinValue && time.GetElapsedTime(last) < Window)
        || InBurst;

    private bool InBurst
    {
        get
        {
            // The slot the next arrival overwrites holds the one BurstArrivals calls ago (zero until that many came).
            var next = (Volatile.Read(ref _arrivalCount) & int.MaxValue) % BurstArrivals;
            var oldest = Volatile.Read(ref _arrivals[next]);
            return oldest != 0 && time.GetElapsedTime(oldest) < BurstSpan;
        }
    }

    /// <summary>Counts one engine call until the returned value is disposed.</summary>
    public Visit Enter()
    {
        var now = time.GetTimestamp();
        Volatile.Write(ref _lastArrival, now);
        var slot = ((Interlocked.Increment(ref _arrivalCount) - 1) & int.MaxValue) % BurstArrivals;
        Volatile.Write(ref _arrivals[slot], now);
        Interlocked.Increment(ref _inFlight);
        return new Visit(this);
    }

    /// <summary>
    /// Returns at the first lull (looked for every 10 ms), or after <paramref name="limit"/> even if there was none: a
    /// steady stream of requests must not stop plans from being written.
    /// </summary>
    /// <remarks>
    /// One poll serves every waiting lane. Each of 63 lanes polling on its own was 1,260 timer wake-ups a second during
    /// a burst, each waking a thread-pool worker that then spun: CPU taken from the acknowledgements the wait protects.
    /// </remarks>
    public async Task WaitForLullAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        if (!Busy)
        {
            return;
        }

        try
        {
            await SharedLull().WaitAsync(limit, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The limit passed while the front door stayed busy: go ahead anyway.
        }
    }

    private Task SharedLull()
    {
        lock (_gate)
        {
            if (_lull is null || _lull.IsCompleted)
            {
                _lull = PollUntilQuietAsync();
            }

            return _lull;
        }
    }

    /// <summary>Ends at the first look that finds the front door quiet; it ends on its own once requests stop, so it needs no token.</summary>
    private async Task PollUntilQuietAsync()
    {
        while (Busy)
        {
            await Task.Delay(Poll, time, CancellationToken.None);
        }
    }

    private void Leave() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Ends the count of one engine call; a struct so counting allocates nothing.</summary>
    internal readonly struct Visit(FrontDoorTraffic owner) : IDisposable
    {
        public void Dispose() => owner?.Leave();
    }
}
