using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Core.Releases;
using DeployBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Core.Jobs;

/// <summary>What happens to a job that failed: a later retry with exponential backoff, or parking with its reason visible.</summary>
internal sealed class JobFailures(IServiceProvider services, IJobQueue queue, JobOptions options, TimeProvider time, ILogger logger)
{
    public async Task RetryOrParkAsync(JobRecord job, Exception exception, CancellationToken cancellationToken)
    {
        var reason = Describe(exception);
        if (job.Attempts >= options.MaxAttempts)
        {
            var told = exception is ChatDeliveryException delivery ? delivery.UserMessage : "something went wrong on the bot's side";
            await ParkAsync(job, exception, $"gave up after {job.Attempts} attempts: {reason}", told, cancellationToken);
            return;
        }

        var runAfter = time.GetUtcNow() + Backoff(job.Attempts, (exception as ChatDeliveryException)?.RetryAfter);
        await queue.RetryLaterAsync(job.Id, reason, runAfter, cancellationToken);
        Log.JobRetrying(logger, exception, job.Id, job.Kind, job.Attempts, runAfter);
    }

    public Task ParkAsync(JobRecord job, Exception exception, string reason, string userMessage, CancellationToken cancellationToken) =>
        ParkAndTellAsync(job, exception, reason, $"{What(job.Kind)} failed: {userMessage}", cancellationToken);

    /// <summary>
    /// A link in NOTES that cannot be read: retrying will not help, so the job ends (parked, its reason visible) and the
    /// requester hears which link, why, and the fix. Nothing was posted and no plan version was written.
    /// </summary>
    public Task UnreadableLinkAsync(JobRecord job, ReleaseUnreadableException exception, CancellationToken cancellationToken)
    {
        var outcome = job.Kind == JobKind.GeneratePlan ? "No plan was written" : "The plan was not changed";
        var message = $"I couldn't read {exception.Link}: {exception.Reason}. {outcome}; fix the link, or paste the release notes as NOTES, and ask again.";
        return ParkAndTellAsync(job, exception, $"release link unreadable: {exception.Reason}", message, cancellationToken);
    }

    /// <summary>Shutting down mid-job: queue it again now, so a restart (or another replica) takes it without waiting for the lease.</summary>
    public async Task InterruptedAsync(JobRecord job)
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await queue.RetryLaterAsync(job.Id, "interrupted by shutdown", time.GetUtcNow(), grace.Token);
            Log.JobInterrupted(logger, job.Id);
        }
#pragma warning disable CA1031 // Storage may be gone at shutdown; the lease then expires and the job is claimed again.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Doubles from <see cref="JobOptions.RetryBaseSeconds"/> per attempt, capped; never sooner than the platform asked.</summary>
    public TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var seconds = Math.Min(options.RetryBaseSeconds * Math.Pow(2, exponent), options.RetryMaxSeconds);
        var backoff = TimeSpan.FromSeconds(seconds);
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    private async Task ParkAndTellAsync(JobRecord job, Exception exception, string reason, string message, CancellationToken cancellationToken)
    {
        await queue.ParkAsync(job.Id, reason, cancellationToken);
        Log.JobParked(logger, exception, job.Id, job.Kind, job.PlanId, reason);
        await TellAsync(job, message, cancellationToken);
    }

    private async Task TellAsync(JobRecord job, string message, CancellationToken cancellationToken)
    {
        var requester = ReadRecipient(job);
        var platform = requester is null ? null : services.GetServices<IChatPlatform>().FirstOrDefault(p => p.Name == requester.Platform);
        if (requester is null || platform is null)
        {
            return;
        }

        try
        {
            await platform.TellRequesterAsync(requester, message, cancellationToken);
        }
        catch (ChatDeliveryException exception)
        {
            Log.RequesterNotTold(logger, exception, requester.Platform);
        }
    }

    private static Requester? ReadRecipient(JobRecord job)
    {
        try
        {
            return JobJson.Read<PayloadRecipient>(job.Payload).Requester;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string What(JobKind kind) => kind switch
    {
        JobKind.GeneratePlan => "I couldn't post your deployment plan",
        JobKind.RegeneratePlan => "Regenerating the plan",
        JobKind.RevisePlan => "Revising the plan",
        JobKind.AnswerQuestion => "Answering your question about the plan",
        _ => "Updating the posted plan",
    };

    private static string Describe(Exception exception) =>
        exception is ChatDeliveryException delivery ? delivery.UserMessage : $"{exception.GetType().Name}: {exception.Message}";
}
