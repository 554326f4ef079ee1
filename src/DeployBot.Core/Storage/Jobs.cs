namespace DeployBot.Core.Storage;

/// <summary>What a background job does.</summary>
public enum JobKind
{
    /// <summary>Write the first version of a plan and post it.</summary>
    GeneratePlan,

    /// <summary>Write a new version with the same inputs and post it in place.</summary>
    RegeneratePlan,

    /// <summary>Write a new version with changed inputs and post it in the thread.</summary>
    RevisePlan,

    /// <summary>Answer a question in a plan's thread.</summary>
    AnswerQuestion,

    /// <summary>Re-render the posted plan (e.g. after an acknowledgement).</summary>
    RefreshPost,

    /// <summary>Write the detailed rollback plan of a plan version and post it in the plan's thread.</summary>
    RollbackPlan,
}

/// <summary>A job to enqueue. <paramref name="DedupeKey"/> (platform delivery id) makes enqueueing idempotent.</summary>
public sealed record NewJob(string Id, JobKind Kind, string PlanId, string Payload, string? DedupeKey, DateTimeOffset RunAfter);

/// <summary>
/// A claimed job. <paramref name="State"/> is the worker's saved progress (JSON) so a retry skips finished steps.
/// <paramref name="Sequence"/> is its place in the queue: jobs enqueued later have larger numbers.
/// </summary>
public sealed record JobRecord(string Id, JobKind Kind, string PlanId, string Payload, int Attempts, string? State, string? LastError, DateTimeOffset CreatedAt, long Sequence);

/// <summary>Job states as stored.</summary>
public enum JobStatus
{
    Queued,
    Running,
    Done,
    Parked,
}

/// <summary>
/// The durable job queue. A webhook records the job before it answers; workers on any replica claim jobs with a lease
/// (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>) so no two take the same job.
/// </summary>
public interface IJobQueue
{
    /// <summary>Records the plan (when <paramref name="plan"/> is given) and the job in one transaction.
    /// Returns false, storing nothing, when a job with the same dedupe key exists.</summary>
    Task<bool> EnqueueAsync(NewJob job, PlanRecord? plan, CancellationToken cancellationToken);

    /// <summary>
    /// Records a new plan and its first job in one transaction, after checking the rate limit and taking a model-budget
    /// key inside it (<see cref="PlanAdmission"/>): one commit per slash command. Writes nothing unless it returns
    /// <see cref="AdmissionOutcome.Recorded"/>.
    /// </summary>
    Task<Admission> AdmitAsync(NewJob job, PlanRecord plan, PlanAdmission admission, CancellationToken cancellationToken);

    /// <summary>Claims the oldest due job whose lease is free, or returns null.</summary>
    Task<JobRecord?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the lease of a job <paramref name="workerId"/> is running to <paramref name="lease"/> from now. False when
    /// the lease is no longer this worker's (it ran out, or the job was taken back): the worker must stop that job.
    /// </summary>
    Task<bool> RenewLeaseAsync(string jobId, string workerId, TimeSpan lease, CancellationToken cancellationToken);

    Task SaveStateAsync(string jobId, string state, CancellationToken cancellationToken);

    Task CompleteAsync(string jobId, CancellationToken cancellationToken);

    Task RetryLaterAsync(string jobId, string error, DateTimeOffset runAfter, CancellationToken cancellationToken);

    /// <summary>Stops retrying; the reason stays visible.</summary>
    Task ParkAsync(string jobId, string reason, CancellationToken cancellationToken);

    Task<JobStatus?> GetStatusAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>How many jobs are queued or running (for readiness and metrics).</summary>
    Task<int> CountOutstandingAsync(CancellationToken cancellationToken);
}

/// <summary>Processed platform delivery ids (Slack <c>event_id</c>, Teams activity id), kept until they expire.</summary>
public interface IDeliveryDeduplicator
{
    /// <summary>Returns true the first time a key is seen (and records it), false for repeats.</summary>
    Task<bool> TryMarkAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken);
}
