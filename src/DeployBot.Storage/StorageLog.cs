using Microsoft.Extensions.Logging;

namespace DeployBot.Storage;

/// <summary>The storage project's log events (EventIds 3000–3099).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(3000, LogLevel.Information, "Applied {Engine} schema migration {Version}: {Name}")]
    public static partial void MigrationApplied(ILogger logger, string engine, int version, string name);

    [LoggerMessage(3001, LogLevel.Information, "{Engine} schema is at version {Version} ({Applied} migrations applied now)")]
    public static partial void SchemaReady(ILogger logger, string engine, int version, int applied);

    [LoggerMessage(3002, LogLevel.Warning, "Job {JobId} ({Kind}) for plan {PlanId} was parked after {Attempts} attempts: {Reason}")]
    public static partial void JobParked(ILogger logger, string jobId, string kind, string planId, long attempts, string reason);

    [LoggerMessage(3003, LogLevel.Warning, "Storage ({Engine}) is not reachable")]
    public static partial void Unreachable(ILogger logger, string engine, Exception exception);

    [LoggerMessage(3004, LogLevel.Debug, "SQLite checkpoint failed; the next one tries again")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(3005, LogLevel.Warning, "Storage ({Engine}) is not ready yet: {Problem}; trying again in {Seconds} s")]
    public static partial void NotReadyYet(ILogger logger, string engine, string problem, double seconds);

    [LoggerMessage(3006, LogLevel.Information, "Took back {Count} job(s) the previous run of this host left running; they run again now")]
    public static partial void JobsTakenBack(ILogger logger, int count);
}
