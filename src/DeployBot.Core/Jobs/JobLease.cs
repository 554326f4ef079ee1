using DeployBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Keeps a claimed job's lease alive while it runs by renewing it every <see cref="JobOptions.Heartbeat"/>, so a long
/// model call never loses its job, while a dead replica's jobs are free again within one lease. When a renewal finds the
/// lease gone (it ran out while storage was unreachable, so another worker may hold the job now), <see cref="Token"/> is
/// cancelled: the job stops and this worker leaves its row alone.
/// </summary>
internal sealed class JobLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _running;
    private readonly CancellationTokenSource _stopBeating = new();
    private readonly Task _beating;
    private volatile bool _lost;

    private JobLease(IJobQueue queue, JobRecord job, string workerId, JobOptions options, TimeProvider time, ILogger logger, CancellationToken stoppingToken)
    {
        _running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _beating = BeatAsync(queue, job, workerId, options, time, logger);
    }

    /// <summary>Cancelled when the host stops or the lease is lost; the job's work runs under it.</summary>
    public CancellationToken Token => _running.Token;

    /// <summary>True once a renewal found the job no longer this worker's.</summary>
    public bool IsLost => _lost;

    public static JobLease Hold(
        IJobQueue queue, JobRecord job, string workerId, JobOptions options, TimeProvider time, ILogger logger, CancellationToken stoppingToken) =>
        new(queue, job, workerId, options, time, logger, stoppingToken);

    public async ValueTask DisposeAsync()
    {
        await _stopBeating.CancelAsync();
        await _beating;
        _stopBeating.Dispose();
        _running.Dispose();
    }

    private async Task BeatAsync(IJobQueue queue, JobRecord job, string workerId, JobOptions options, TimeProvider time, ILogger logger)
    {
        var stop = _stopBeating.Token;
        while (await WaitAsync(options.Heartbeat, time, stop))
        {
            try
            {
                if (!await queue.RenewLeaseAsync(job.Id, workerId, options.Lease, stop))
                {
                    _lost = true;
                    Log.LeaseLost(logger, job.Id, job.Kind, job.PlanId);
                    await _running.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed renewal is tried again at the next beat; the lease outlasts a few missed ones.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.LeaseRenewalFailed(logger, exception, job.Id);
            }
        }
    }

    private static async Task<bool> WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken stop)
    {
        try
        {
            await Task.Delay(interval, time, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
