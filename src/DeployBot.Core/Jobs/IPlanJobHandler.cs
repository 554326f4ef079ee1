using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>Runs one kind of job. Handlers save progress after each step so a retried job skips finished ones.</summary>
internal interface IPlanJobHandler
{
    JobKind Kind { get; }

    Task RunAsync(JobRecord job, CancellationToken cancellationToken);
}
