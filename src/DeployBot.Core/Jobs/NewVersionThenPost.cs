using DeployBot.Core.Planning;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>
/// The two steps that regenerating and revising a plan share: write a new plan version (the plan, its version row and
/// its audit entry), then post it. Each step is saved in the job's progress once done, so a retry after a crash neither
/// writes a second version nor posts twice.
/// </summary>
internal sealed class NewVersionThenPost<TState>(PlanJobContext context, IDeploymentPlanner planner, JobRecord job, JobProgress<TState> progress)
    where TState : class, INewVersionState<TState>, new()
{
    /// <summary>Writes the new version unless an earlier run did; <paramref name="input"/> is only read when it is written.</summary>
    public async Task WriteAsync(NewVersion version, Func<CancellationToken, Task<PlanningInput>> input, CancellationToken cancellationToken)
    {
        if (progress.State.Version is not null)
        {
            return;
        }

        var planning = await input(cancellationToken);
        var plan = await planner.CreatePlanAsync(planning, cancellationToken);
        var written = await context.Plans.AddVersionAsync(job.PlanId, planning.Request, plan, version.Reason, job.Id, cancellationToken);
        await progress.SaveAsync(progress.State.WithVersion(written), cancellationToken);
        await context.AuditAsync(job.PlanId, version.AuditEvent, version.Actor, PlanJobContext.PlannedDetails(written, plan, version.Reason), cancellationToken);
    }

    /// <summary>
    /// Posts the written version with <paramref name="post"/> unless an earlier run did, and saves that it is posted.
    /// Returns what <paramref name="post"/> returned, or null when it was posted before.
    /// </summary>
    public async Task<TPosted?> PostAsync<TPosted>(Func<PlanVersion, CancellationToken, Task<TPosted>> post, CancellationToken cancellationToken)
        where TPosted : class
    {
        if (progress.State.IsPosted)
        {
            return null;
        }

        var version = progress.State.Version!.Value;
        var stored = await context.Plans.GetVersionAsync(job.PlanId, version, cancellationToken)
            ?? throw new JobNotReadyException($"Version {version} of plan {job.PlanId} is not readable yet.");
        var posted = await post(stored, cancellationToken);
        await progress.SaveAsync(progress.State.WithPosted(), cancellationToken);
        return posted;
    }
}

/// <summary>Why a new version is written, as its version row and audit entry record it.</summary>
internal sealed record NewVersion(string Reason, string AuditEvent, string Actor);

/// <summary>The saved progress of a job that writes a new version and then posts it.</summary>
internal interface INewVersionState<TSelf>
    where TSelf : INewVersionState<TSelf>
{
    int? Version { get; }

    bool IsPosted { get; }

    TSelf WithVersion(int version);

    TSelf WithPosted();
}
