using System.Data.Common;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;
using DeployBot.Storage.Stores;
using Microsoft.Extensions.Logging;

namespace DeployBot.Storage.Jobs;

/// <summary>
/// The durable job queue. <see cref="JobRecord.Attempts"/> counts claims, so the first claim sees 1.
/// A claim leases the job to one worker; when the lease runs out (the worker crashed) another worker may claim it.
/// </summary>
internal sealed partial class JobQueue(StorageDatabase database, ILogger<JobQueue> logger) : IJobQueue
{
    public Task<bool> EnqueueAsync(NewJob job, PlanRecord? plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                // The job goes first: when its dedupe key (or id) is taken, nothing has been written yet.
                if (!await InsertJobAsync(connection, transaction, job, cancellationToken))
                {
                    return false;
                }

                if (plan is not null)
                {
                    await PlanRows.InsertAsync(connection, transaction, plan, cancellationToken);
                }

                return true;
            },
            cancellationToken);
    }

    public async Task<JobRecord?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = database.Time.GetUtcNow();
        var claimed = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Sql(JobSql.Claim(database.Dialect), transaction)
                    .With("@worker", workerId)
                    .With("@now", StoredTime.ToStored(now))
                    .With("@until", StoredTime.ToStored(now + lease));
                return await command.QueryAsync(ReadJob, cancellationToken);
            },
            cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    public async Task<int> CountOutstandingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql(JobSql.Outstanding);
        return (int)(await command.ScalarInt64Async(cancellationToken) ?? 0);
    }

    /// <summary>The stored job, whatever its status (for operators and tests: a parked job's reason is its <see cref="JobRecord.LastError"/>).</summary>
    public async Task<JobRecord?> FindAsync(string jobId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql($"SELECT {JobSql.Columns} FROM jobs WHERE id = @id").With("@id", jobId);
        var rows = await command.QueryAsync(ReadJob, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<bool> InsertJobAsync(DbConnection connection, DbTransaction transaction, NewJob job, CancellationToken cancellationToken)
    {
        var command = connection.Prepared(JobSql.Insert, transaction)
            .With("@id", job.Id)
            .With("@kind", job.Kind.ToString())
            .With("@plan", job.PlanId)
            .With("@payload", job.Payload)
            .With("@dedupe", job.DedupeKey)
            .With("@runAfter", StoredTime.ToStored(job.RunAfter))
            .With("@now", database.Time.Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static JobRecord ReadJob(DbDataReader row) => new(
        row.GetString(0),
        Enum.Parse<JobKind>(row.GetString(1)),
        row.GetString(2),
        row.GetString(3),
        (int)row.GetInt64(4),
        row.GetNullableString(5),
        row.GetNullableString(6),
        StoredTime.FromStored(row.GetInt64(7)),
        row.GetInt64(8));
}
