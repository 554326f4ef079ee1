namespace DeployBot.Core.Storage;

/// <summary>One line of a plan's audit trail: who asked, what was written and by what, where it went, who acknowledged.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Event">What happened: <c>requested</c>, <c>planned</c>, <c>posted</c>, <c>acknowledged</c>, <c>failed</c>, ….</param>
/// <param name="Actor">Who caused it (platform:user id), or <c>deploybot</c>.</param>
/// <param name="Details">Event details as JSON (inputs, planner, model, attempts, fallback reason, channel, on-call and how found).</param>
/// <param name="At">When.</param>
public sealed record AuditEntry(string PlanId, string Event, string Actor, string Details, DateTimeOffset At);

public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> GetForPlanAsync(string planId, CancellationToken cancellationToken);
}

/// <summary>Whether storage answers (for <c>/readyz</c>).</summary>
public interface IStorageHealth
{
    /// <summary>The engine's name for operators ("SQLite", "PostgreSQL").</summary>
    string Engine { get; }

    Task<bool> IsReachableAsync(CancellationToken cancellationToken);

    /// <summary>Null when storage answers on a migrated schema; otherwise the error, in one line without secrets.</summary>
    Task<string?> FindProblemAsync(CancellationToken cancellationToken);
}
