using DeployBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace DeployBot.Core.Jobs;

/// <summary>The worker's log messages. Never logs release notes, questions or answers.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) for plan {PlanId} finished on attempt {Attempt}")]
    public static partial void JobDone(ILogger logger, string jobId, JobKind kind, string planId, int attempt);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) failed on attempt {Attempt}; retrying at {RunAfter}")]
    public static partial void JobRetrying(ILogger logger, Exception exception, string jobId, JobKind kind, int attempt, DateTimeOffset runAfter);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Job {JobId} ({Kind}) for plan {PlanId} parked: {Reason}")]
    public static partial void JobParked(ILogger logger, Exception exception, string jobId, JobKind kind, string planId, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Could not tell the {Platform} requester about their plan")]
    public static partial void RequesterNotTold(ILogger logger, Exception exception, string platform);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Claiming a job failed; the worker tries again shortly")]
    public static partial void ClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Job worker {WorkerId} started with {Concurrency} lanes")]
    public static partial void WorkerStarted(ILogger logger, string workerId, int concurrency);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Job {JobId} was interrupted by shutdown; it is queued again")]
    public static partial void JobInterrupted(ILogger logger, string jobId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Plan {PlanId} waited {Seconds} s for earlier plans of its channel to post; posting it now, out of order")]
    public static partial void PostingOrderGaveUp(ILogger logger, string planId, double seconds);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) for plan {PlanId} lost its lease (it ran out before a renewal got through); this worker stops it and leaves it to whoever holds it now")]
    public static partial void LeaseLost(ILogger logger, string jobId, JobKind kind, string planId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Renewing the lease of job {JobId} failed; trying again at the next heartbeat")]
    public static partial void LeaseRenewalFailed(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Plan {PlanId}: found the Drafting placeholder {MessageId} an interrupted attempt had posted; reusing it instead of posting another")]
    public static partial void DraftingFound(ILogger logger, string planId, string messageId);
}
