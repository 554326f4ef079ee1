using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Jobs;

/// <summary>The job queue's statements. Only the claim differs per engine (its row-locking suffix).</summary>
internal static class JobSql
{
    public const string Columns = "id, kind, plan_id, payload, attempts, state, last_error, created_at, seq";

    public const string Insert = """
        INSERT INTO jobs (id, kind, plan_id, payload, dedupe_key, status, attempts, run_after, created_at, updated_at)
        VALUES (@id, @kind, @plan, @payload, @dedupe, 'queued', 0, @runAfter, @now, @now)
        ON CONFLICT DO NOTHING
        """;

    public const string Outstanding = "SELECT COUNT(*) FROM jobs WHERE status IN ('queued', 'running')";

    /// <summary>
    /// Takes the oldest due job whose lease is free: queued and due, or running with an expired lease (its worker died).
    /// On PostgreSQL the inner <c>SELECT … FOR UPDATE SKIP LOCKED</c> lets concurrent claimers pass over each other's row.
    /// </summary>
    public static string Claim(ISqlDialect dialect) => $"""
        UPDATE jobs SET status = 'running', lease_owner = @worker, lease_until = @until, attempts = attempts + 1, updated_at = @now
        WHERE id = (
            SELECT id FROM jobs
            WHERE status IN ('queued', 'running') AND run_after <= @now AND (lease_until IS NULL OR lease_until <= @now)
            ORDER BY seq LIMIT 1{dialect.SkipLockedRows}
        )
        RETURNING {Columns}
        """;

    /// <summary>Extends a running job's lease, only while it is still this worker's and has not run out.</summary>
    public const string Renew = """
        UPDATE jobs SET lease_until = @until, updated_at = @now
        WHERE id = @id AND status = 'running' AND lease_owner = @worker AND lease_until > @now
        """;

    /// <summary>
    /// Queues again, at once, every job left running by a process that is gone: on SQLite the host holds the file alone,
    /// so a running job last touched before this host started belongs to its previous run.
    /// </summary>
    public const string TakeBack = """
        UPDATE jobs SET status = 'queued', lease_owner = NULL, lease_until = NULL, updated_at = @now
        WHERE status = 'running' AND updated_at < @since
        """;

    public static JobStatus ParseStatus(string stored) => stored switch
    {
        "queued" => JobStatus.Queued,
        "running" => JobStatus.Running,
        "done" => JobStatus.Done,
        "parked" => JobStatus.Parked,
        _ => throw new InvalidOperationException($"Unknown stored job status '{stored}'."),
    };
}
