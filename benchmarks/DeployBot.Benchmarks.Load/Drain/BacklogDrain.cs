using System.Diagnostics;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Stores;

namespace DeployBot.Benchmarks.Load.Drain;

/// <summary>How the wait for the backlog of plans ended, and how fast plans were posted meanwhile.</summary>
internal sealed record DrainResult(TimeSpan Elapsed, TimeSpan Limit, int PostedDuring, string Ending)
{
    public double PostedPerSecond => Elapsed > TimeSpan.Zero ? PostedDuring / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Waits for acknowledged plans to be posted to the fake Slack. wrk's commands cannot be followed one by one, so the
/// whole run's backlog is done when as many plans were posted as the database recorded (an acknowledgement is only
/// sent after its plan is recorded).
/// </summary>
internal static class BacklogDrain
{
    /// <summary>No plan posted for this long: a worker that stopped, not one still draining a backlog.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Waits until every plan the store recorded, and every command of <paramref name="followed"/> that was
    /// acknowledged, has been posted. The limit scales with the backlog: the larger of <paramref name="minimumSeconds"/>
    /// and one second per <paramref name="plansPerSecond"/> recorded plans; the wait ends early after
    /// <see cref="StallLimit"/> without a new plan.
    /// </summary>
    public static async Task<DrainResult> WaitAsync(PlanLedger ledger, IBenchStore store, IReadOnlyList<Sample> followed, int minimumSeconds, int plansPerSecond, CancellationToken ct)
    {
        var waiting = followed.Where(s => s.Accepted).Select(s => SignedCommands.Tag(s.Index)).ToList();
        var clock = Stopwatch.StartNew();
        var postedAtStart = ledger.PlanCount;
        var (lastPosted, lastProgress) = (postedAtStart, TimeSpan.Zero);
        while (true)
        {
            var recorded = await store.PlanCountAsync(ct);
            var limit = TimeSpan.FromSeconds(Math.Max(minimumSeconds, recorded / (double)plansPerSecond));
            waiting.RemoveAll(tag => ledger.FirstSeen(tag) is not null);
            var posted = ledger.PlanCount;
            (lastPosted, lastProgress) = posted > lastPosted ? (posted, clock.Elapsed) : (lastPosted, lastProgress);
            var ending = (waiting.Count == 0 && posted >= recorded) ? "all recorded plans posted"
                : clock.Elapsed - lastProgress >= StallLimit ? $"stopped: no plan posted for {StallLimit.TotalSeconds:0} s"
                : clock.Elapsed >= limit ? "stopped at the limit"
                : null;
            if (ending is not null)
            {
                return new DrainResult(clock.Elapsed, limit, posted - postedAtStart, ending);
            }

            await Task.Delay(500, ct);
        }
    }

    /// <summary>
    /// Waits (at most <paramref name="limit"/>, or until <see cref="StallLimit"/> without progress) until every
    /// acknowledged command of <paramref name="samples"/> has its plan posted: a short phase's plans, before the next.
    /// </summary>
    public static async Task WaitForPlansAsync(PlanLedger ledger, IReadOnlyList<Sample> samples, TimeSpan limit, CancellationToken ct)
    {
        var waiting = samples.Where(s => s.Accepted).Select(s => SignedCommands.Tag(s.Index)).ToList();
        var clock = Stopwatch.StartNew();
        var lastProgress = clock.Elapsed;
        while (clock.Elapsed < limit && clock.Elapsed - lastProgress < StallLimit)
        {
            var before = waiting.Count;
            waiting.RemoveAll(tag => ledger.FirstSeen(tag) is not null);
            if (waiting.Count == 0)
            {
                return;
            }

            lastProgress = waiting.Count < before ? clock.Elapsed : lastProgress;
            await Task.Delay(100, ct);
        }
    }
}
