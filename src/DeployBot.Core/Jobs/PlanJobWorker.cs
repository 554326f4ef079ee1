using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Turns queued jobs into posted plans. Runs <see cref="JobOptions.Concurrency"/> lanes; each claims and runs jobs until
/// none is due, then waits. The first <see cref="SteadyLanes"/> lane always runs and is woken at once when this
/// replica's engine enqueues a job. The other lanes are capacity for draining a backlog: they look every poll interval,
/// and while people are waiting for answers (<see cref="FrontDoorTraffic"/>) they hold back new claims for up to
/// <see cref="HoldBackLimit"/>, so a burst of commands is acknowledged within the platforms' deadlines first. Writing
/// a plan costs a few milliseconds of CPU (model call, checks, rendering, posts), forty times an acknowledgement: on
/// two cores, four lanes writing through a burst took a quarter of the acknowledgements away (issue 17).
/// </summary>
internal sealed class PlanJobWorker(
    JobProcessor processor, JobSignal signal, FrontDoorTraffic traffic, IOptions<JobOptions> options, ILogger<PlanJobWorker> logger)
    : BackgroundService
{
    /// <summary>Lanes that never hold back: one, so plans keep coming however busy the front door is.</summary>
    public const int SteadyLanes = 1;

    /// <summary>The longest the first extra lane waits for a lull before it claims a job anyway; later lanes wait up to twice as long.</summary>
    public static readonly TimeSpan HoldBackLimit = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan MaxClaimBackoff = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Each extra lane's own limit, spread between one and two <see cref="HoldBackLimit"/>s: lanes held since the start
    /// of a burst would otherwise all claim at the same moment, and that herd of jobs stalled the acknowledgements it
    /// was meant to protect (a 50 ms pause at 5 s into a 500 req/s run).
    /// </summary>
    internal static TimeSpan HoldBack(int lane, int lanes) => HoldBackLimit * (1 + ((double)lane / lanes));

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        Log.WorkerStarted(logger, processor.WorkerId, settings.Concurrency);
        var poll = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        var lanes = Enumerable.Range(0, settings.Concurrency).Select(lane => RunLaneAsync(extra: lane >= SteadyLanes, HoldBack(lane, settings.Concurrency), poll, stoppingToken));
        return Task.WhenAll(lanes);
    }

    private async Task RunLaneAsync(bool extra, TimeSpan holdBack, TimeSpan poll, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (extra)
                {
                    await traffic.WaitForLullAsync(holdBack, stoppingToken);
                }

                var ran = await processor.RunNextAsync(stoppingToken);
                failures = 0;
                if (!ran)
                {
                    await IdleAsync(extra, poll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Storage trouble while claiming must not stop the worker; it tries again after a pause.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.ClaimFailed(logger, exception);
                await PauseAsync(ClaimBackoff(poll, ++failures), stoppingToken);
            }
        }
    }

    /// <summary>Steady lanes wake when a job is enqueued here; extra lanes only look again at the next poll.</summary>
    private Task IdleAsync(bool extra, TimeSpan poll, CancellationToken stoppingToken) =>
        extra ? Task.Delay(poll, stoppingToken) : signal.WaitAsync(poll, stoppingToken);

    /// <summary>
    /// The pause after <paramref name="failures"/> failed claims in a row: five polls, doubling up to 5 s, so storage
    /// that is down (at start, say) is not asked, or logged about, several times a second by every lane.
    /// </summary>
    internal static TimeSpan ClaimBackoff(TimeSpan poll, int failures)
    {
        var pause = poll * 5 * Math.Pow(2, Math.Clamp(failures - 1, 0, 10));
        return pause < MaxClaimBackoff ? pause : MaxClaimBackoff;
    }

    private static async Task PauseAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(pause, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
