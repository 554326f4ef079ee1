using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Turns queued jobs into posted plans. Runs <see cref="JobOptions.Concurrency"/> lanes; each claims and runs jobs
/// until none is due, then waits for the poll interval or for this replica's engine to enqueue one.
/// </summary>
internal sealed class PlanJobWorker(JobProcessor processor, JobSignal signal, IOptions<JobOptions> options, ILogger<PlanJobWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        Log.WorkerStarted(logger, processor.WorkerId, settings.Concurrency);
        var poll = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        var lanes = Enumerable.Range(0, settings.Concurrency).Select(_ => RunLaneAsync(poll, stoppingToken));
        return Task.WhenAll(lanes);
    }

    private async Task RunLaneAsync(TimeSpan poll, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
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
