using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Turns queued jobs into posted plans. Runs <see cref="JobOptions.Concurrency"/> lanes; each claims and runs jobs
/// until none is due, then waits for the poll interval or for this replica's engine to enqueue one. The first lane always
/// runs; the others hold back new claims (up to <see cref="HoldBackLimit"/>) while people wait for an answer, so a burst
/// of commands is acknowledged within the platforms' deadlines before the plans it queued are written.
/// </summary>
internal sealed class PlanJobWorker(
    JobProcessor processor, JobSignal signal, RequestsInFlight requests, IOptions<JobOptions> options, ILogger<PlanJobWorker> logger)
    : BackgroundService
{
    /// <summary>The longest an extra lane waits for a quiet moment before it claims a job anyway.</summary>
    public static readonly TimeSpan HoldBackLimit = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        Log.WorkerStarted(logger, processor.WorkerId, settings.Concurrency);
        var poll = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        var lanes = Enumerable.Range(0, settings.Concurrency).Select(lane => RunLaneAsync(yields: lane > 0, poll, stoppingToken));
        return Task.WhenAll(lanes);
    }

    private async Task RunLaneAsync(bool yields, TimeSpan poll, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (yields)
                {
                    await requests.WaitUntilQuietAsync(HoldBackLimit, stoppingToken);
                }

                if (!await processor.RunNextAsync(stoppingToken))
                {
                    await signal.WaitAsync(poll, stoppingToken);
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
