using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>Records a job durably and wakes this replica's worker.</summary>
internal sealed class JobSubmitter(IJobQueue queue, JobSignal signal, TimeProvider time)
{
    /// <summary>False when a job with the same <paramref name="dedupeKey"/> exists (a platform retry): nothing was stored.</summary>
    public async Task<bool> SubmitAsync<TPayload>(
        JobKind kind, string planId, TPayload payload, string? dedupeKey, PlanRecord? plan, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var job = new NewJob(Ids.NewJobId(now), kind, planId, JobJson.Write(payload), dedupeKey, now);
        if (!await queue.EnqueueAsync(job, plan, cancellationToken))
        {
            return false;
        }

        signal.Notify();
        return true;
    }

    /// <summary>Records a new plan and its generation job if <paramref name="admission"/> lets it in (see <see cref="IJobQueue.AdmitAsync"/>).</summary>
    public async Task<Admission> AdmitAsync<TPayload>(
        string planId, TPayload payload, string? dedupeKey, PlanRecord plan, PlanAdmission admission, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var job = new NewJob(Ids.NewJobId(now), JobKind.GeneratePlan, planId, JobJson.Write(payload), dedupeKey, now);
        var admitted = await queue.AdmitAsync(job, plan, admission, cancellationToken);
        if (admitted.Outcome == AdmissionOutcome.Recorded)
        {
            signal.Notify();
        }

        return admitted;
    }
}
