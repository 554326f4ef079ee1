using DeployBot.Core.Storage;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>The job queue's contract in memory: dedupe keys, due times, leases, attempts counted per claim.</summary>
internal sealed class InMemoryJobQueue(InMemoryPlanStore plans, InMemoryDeduplicator deliveries, TimeProvider time) : IJobQueue
{
    private readonly Lock _gate = new();
    private readonly List<StoredJob> _jobs = [];

    public IReadOnlyList<StoredJob> Jobs
    {
        get
        {
            lock (_gate)
            {
                return _jobs.ToArray();
            }
        }
    }

    public Task<bool> EnqueueAsync(NewJob job, PlanRecord? plan, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (job.DedupeKey is not null && _jobs.Any(stored => stored.DedupeKey == job.DedupeKey))
            {
                return Task.FromResult(false);
            }

            if (plan is not null)
            {
                plans.AddPlan(plan);
            }

            _jobs.Add(new StoredJob(job.Id, job.Kind, job.PlanId, job.Payload, job.DedupeKey, time.GetUtcNow()) { RunAfter = job.RunAfter });
            return Task.FromResult(true);
        }
    }

    /// <summary>The store's admission in memory: the same checks, in the same order, under one lock.</summary>
    public async Task<Admission> AdmitAsync(NewJob job, PlanRecord plan, PlanAdmission admission, CancellationToken cancellationToken)
    {
        var recent = await plans.GetRecentRequestTimesAsync(admission.Platform, admission.UserId, admission.Since, cancellationToken);
        if (recent.Count(at => at > admission.Since) >= admission.PlansPerUser)
        {
            return new Admission(AdmissionOutcome.RateLimited, -1);
        }

        var taken = -1;
        for (var i = 0; i < admission.BudgetKeys.Count && taken < 0; i++)
        {
            taken = await deliveries.TryMarkAsync(admission.BudgetKeys[i], admission.BudgetKeepFor, cancellationToken) ? i : -1;
        }

        if (taken < 0)
        {
            return new Admission(AdmissionOutcome.OverBudget, -1);
        }

        if (!await EnqueueAsync(job, plan, cancellationToken))
        {
            deliveries.Forget(admission.BudgetKeys[taken]);
            return new Admission(AdmissionOutcome.Duplicate, -1);
        }

        return new Admission(AdmissionOutcome.Recorded, taken);
    }

    public Task<JobRecord?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var job = _jobs.FirstOrDefault(j =>
                (j.Status == JobStatus.Queued && j.RunAfter <= now) || (j.Status == JobStatus.Running && j.LeaseUntil <= now));
            if (job is null)
            {
                return Task.FromResult<JobRecord?>(null);
            }

            job.Status = JobStatus.Running;
            job.LeaseOwner = workerId;
            job.LeaseUntil = now + lease;
            job.Attempts++;
            return Task.FromResult<JobRecord?>(new JobRecord(job.Id, job.Kind, job.PlanId, job.Payload, job.Attempts, job.State, job.LastError, job.CreatedAt, _jobs.IndexOf(job) + 1));
        }
    }

    public Task<bool> RenewLeaseAsync(string jobId, string workerId, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var job = _jobs.FirstOrDefault(j => j.Id == jobId && j.Status == JobStatus.Running && j.LeaseOwner == workerId && j.LeaseUntil > now);
            if (job is not null)
            {
                job.LeaseUntil = now + lease;
            }

            return Task.FromResult(job is not null);
        }
    }

    public Task SaveStateAsync(string jobId, string state, CancellationToken cancellationToken) => Update(jobId, job => job.State = state);

    public Task CompleteAsync(string jobId, CancellationToken cancellationToken) => Update(jobId, job => job.Status = JobStatus.Done);

    public Task RetryLaterAsync(string jobId, string error, DateTimeOffset runAfter, CancellationToken cancellationToken) =>
        Update(jobId, job => (job.Status, job.LastError, job.RunAfter) = (JobStatus.Queued, error, runAfter));

    public Task ParkAsync(string jobId, string reason, CancellationToken cancellationToken) =>
        Update(jobId, job => (job.Status, job.LastError) = (JobStatus.Parked, reason));

    public Task<JobStatus?> GetStatusAsync(string jobId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_jobs.FirstOrDefault(job => job.Id == jobId)?.Status);
        }
    }

    public Task<int> CountOutstandingAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_jobs.Count(job => job.Status is JobStatus.Queued or JobStatus.Running));
        }
    }

    private Task Update(string jobId, Action<StoredJob> change)
    {
        lock (_gate)
        {
            change(_jobs.Single(job => job.Id == jobId));
            return Task.CompletedTask;
        }
    }
}

internal sealed record StoredJob(string Id, JobKind Kind, string PlanId, string Payload, string? DedupeKey, DateTimeOffset CreatedAt)
{
    public JobStatus Status { get; set; } = JobStatus.Queued;

    public DateTimeOffset RunAfter { get; set; }

    public DateTimeOffset LeaseUntil { get; set; }

    public string? LeaseOwner { get; set; }

    public int Attempts { get; set; }

    public string? State { get; set; }

    public string? LastError { get; set; }
}
