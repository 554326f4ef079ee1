using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>A job's saved progress: read it when the job starts, save it after each finished step.</summary>
internal sealed class JobProgress<TState>(IJobQueue queue, JobRecord job)
    where TState : class, new()
{
    public TState State { get; private set; } = job.State is { Length: > 0 } json ? JobJson.Read<TState>(json) : new TState();

    public async Task SaveAsync(TState state, CancellationToken cancellationToken)
    {
        State = state;
        await queue.SaveStateAsync(job.Id, JobJson.Write(state), cancellationToken);
    }
}
