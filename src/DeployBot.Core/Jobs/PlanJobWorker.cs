using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Turns queued jobs into posted plans. Runs <see cref="JobOptions.Concurrency"/> lanes; each claims and runs jobs until
/// none is due, then waits. The first <see cref="SteadyLanes"/> lanes always run and are woken at once when this
/// replica's engine enqueues a job. Lanes beyond them are burst capacity for draining a backlog: they look every poll
/// interval, and while people are waiting for answers (<see cref="FrontDoorTraffic"/>) they hold back new claims for up
/// to <see cref="HoldBackLimit"/>, so a burst of commands is acknowledged within the platforms' deadlines first.
/// </summary>
internal sealed class PlanJobWorker(
    JobProcessor processor, JobSignal signal, FrontDoorTraffic traffic, IOptions<JobOptions> options, ILogger<PlanJobWorker> logger)
    : BackgroundService
{
    /// <summary>Lanes that never hold back (the default <see cref="JobOptions.Concurrency"/>).</summary>
    public const int SteadyLanes = 4;

    /// <summary>The longest an extra lane waits for a lull before it claims a job anyway.</summary>
    public static readonly TimeSpan HoldBackLimit = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        Log.WorkerStarted(logger, processor.WorkerId, settings.Concurrency);
        var poll = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        var lanes = Enumerable.Range(0, settings.Concurrency).Select(lane => RunLaneAsync(extra: lane >= SteadyLanes, poll, stoppingToken));
        return Task.WhenAll(lanes);
    }

    private async Task RunLaneAsync(bool extra, TimeSpan poll, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (extra)
                {
                    await traffic.WaitForLullAsync(HoldBackLimit, stoppingToken);
                }

                if (!await processor.RunNextAsync(stoppingToken))
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
                await PauseAsync(poll, stoppingToken);
            }
        }
    }

    /// <summary>Steady lanes wake when a job is enqueued here; extra lanes only look again at the next poll.</summary>
    private Task IdleAsync(bool extra, TimeSpan poll, CancellationToken stoppingToken) =>
        extra ? Task.Delay(poll, stoppingToken) : signal.WaitAsync(poll, stoppingToken);

    private static async Task PauseAsync(TimeSpan poll, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(poll * 5, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
