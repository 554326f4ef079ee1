using DeployBot.Core.Platforms;
using DeployBot.Core.Releases;
using DeployBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Claims one due job and runs it in its own DI scope: completes it, retries it later with backoff, or parks it and
/// tells the requester why. A job is never dropped: every outcome is recorded in the queue.
/// </summary>
internal sealed class JobProcessor(
    IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider time, ClaimsInFlight claims, ILogger<JobProcessor> logger)
{
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Runs the next due job; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IJobQueue>();
        using var claim = claims.Begin();
        var job = await queue.ClaimAsync(WorkerId, options.Value.Lease, cancellationToken);
        if (job is null)
        {
            return false;
        }

        await RunAsync(scope.ServiceProvider, queue, job, claim, cancellationToken);
        return true;
    }

    private async Task RunAsync(IServiceProvider services, IJobQueue queue, JobRecord job, IDisposable claim, CancellationToken cancellationToken)
    {
        var failures = new JobFailures(services, queue, options.Value, time, logger);
        // Every log line written while this job runs (planner, platform clients, stores) carries the plan id.
        using var correlation = logger.BeginScope(new Dictionary<string, object> { ["PlanId"] = job.PlanId, ["JobId"] = job.Id });
        await using var lease = JobLease.Hold(queue, job, WorkerId, options.Value, time, logger, cancellationToken);
        try
        {
            var handler = services.GetServices<IPlanJobHandler>().FirstOrDefault(h => h.Kind == job.Kind)
                ?? throw new JobCannotRunException($"No handler runs {job.Kind} jobs.");
            // A handler joins its channel's posting order before its first await, so the claim settles once it returns.
            var running = handler.RunAsync(job, lease.Token);
            claim.Dispose();
            await running;
            await queue.CompleteAsync(job.Id, cancellationToken);
            Log.JobDone(logger, job.Id, job.Kind, job.PlanId, job.Attempts);
        }
#pragma warning disable CA1031 // Whatever stopped it, a job whose lease is lost is left to its new holder.
        catch (Exception) when (lease.IsLost)
#pragma warning restore CA1031
        {
            // Another worker may be running it now: whatever this attempt got to, the job's row is no longer ours to change.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await failures.InterruptedAsync(job);
        }
        catch (ChatDeliveryException exception) when (exception.Permanent)
        {
            await failures.ParkAsync(job, exception, exception.UserMessage, exception.UserMessage, cancellationToken);
        }
        catch (JobCannotRunException exception)
        {
            await failures.ParkAsync(job, exception, exception.Message, exception.Message, cancellationToken);
        }
        catch (ReleaseUnreadableException exception)
        {
            await failures.UnreadableLinkAsync(job, exception, cancellationToken);
        }
#pragma warning disable CA1031 // Any other failure (storage, planner, platform) is retried with backoff, then parked: never lost.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await failures.RetryOrParkAsync(job, exception, cancellationToken);
        }
    }
}
