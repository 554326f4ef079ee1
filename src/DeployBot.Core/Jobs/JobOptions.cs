using System.ComponentModel.DataAnnotations;

namespace DeployBot.Core.Jobs;

/// <summary>The background worker that turns queued jobs into posted plans (<c>Jobs</c> in configuration).</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>How often an idle worker looks for due jobs (jobs enqueued on this replica wake it at once).</summary>
    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 200;

    /// <summary>How many jobs this replica runs at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>How long a claimed job stays this worker's before another may take it (after a crash, say).</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 180;

    /// <summary>Attempts before a job is parked and its requester told.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry delay; each later one doubles, up to <see cref="RetryMaxSeconds"/>.</summary>
    [Range(0, 3600)]
    public double RetryBaseSeconds { get; set; } = 2;

    [Range(0, 86_400)]
    public double RetryMaxSeconds { get; set; } = 120;
}
