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

    /// <summary>
    /// How long a claimed job stays this worker's without a heartbeat. A running job renews its lease every
    /// <see cref="Heartbeat"/>, so a long model call keeps its job, while the jobs of a replica that died are taken
    /// over by another within this time.
    /// </summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = JobConstants.DefaultLeaseSeconds;

    /// <summary>How often a running job renews its lease; unset means a quarter of <see cref="LeaseSeconds"/>.</summary>
    [Range(1, 1800)]
    public int? HeartbeatSeconds { get; set; }

    /// <summary>Attempts before a job is parked and its requester told.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry delay; each later one doubles, up to <see cref="RetryMaxSeconds"/>.</summary>
    [Range(0, 3600)]
    public double RetryBaseSeconds { get; set; } = 2;

    [Range(0, 86_400)]
    public double RetryMaxSeconds { get; set; } = 120;

    internal TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>The renewal interval: as configured, but never more than half the lease, so one late beat never loses the job.</summary>
    internal TimeSpan Heartbeat => TimeSpan.FromSeconds(Math.Min(HeartbeatSeconds ?? LeaseSeconds / 4.0, LeaseSeconds / 2.0));
}

/// <summary>Defaults of <see cref="JobOptions"/>.</summary>
internal static class JobConstants
{
    /// <summary>
    /// Renewed every 5 s, a running job keeps its lease however long its model call takes, and a dead replica's jobs are
    /// taken over 15 to 20 s after its last beat, so their plans are posted within about 30 s of the crash.
    /// </summary>
    public const int DefaultLeaseSeconds = 20;
}
