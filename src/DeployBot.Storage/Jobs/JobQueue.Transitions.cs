using System.Data.Common;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Jobs;

internal sealed partial class JobQueue
{
    private const string ReleaseLease = "lease_owner = NULL, lease_until = NULL";

    public async Task<bool> RenewLeaseAsync(string jobId, string workerId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = database.Time.GetUtcNow();
        var renewed = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Sql(JobSql.Renew, transaction)
                    .With("@id", jobId)
                    .With("@worker", workerId)
                    .With("@now", StoredTime.ToStored(now))
                    .With("@until", StoredTime.ToStored(now + lease));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
        return renewed == 1;
    }

    /// <summary>Queues again the jobs a previous run of this host left running (see <see cref="JobSql.TakeBack"/>); returns how many.</summary>
    public Task<int> TakeBackAsync(DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Sql(JobSql.TakeBack, transaction)
                    .With("@since", StoredTime.ToStored(startedAt))
                    .With("@now", database.Time.Now());
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public Task SaveStateAsync(string jobId, string state, CancellationToken cancellationToken) =>
        UpdateAsync(jobId, "state = @state", command => command.With("@state", state), cancellationToken);

    public Task CompleteAsync(string jobId, CancellationToken cancellationToken) =>
        UpdateAsync(jobId, $"status = 'done', {ReleaseLease}", bind: null, cancellationToken);

    public Task RetryLaterAsync(string jobId, string error, DateTimeOffset runAfter, CancellationToken cancellationToken) =>
        UpdateAsync(
            jobId,
            $"status = 'queued', last_error = @error, run_after = @runAfter, {ReleaseLease}",
            command => command.With("@error", error).With("@runAfter", StoredTime.ToStored(runAfter)),
            cancellationToken);

    public async Task ParkAsync(string jobId, string reason, CancellationToken cancellationToken)
    {
        await UpdateAsync(jobId, $"status = 'parked', last_error = @reason, {ReleaseLease}", command => command.With("@reason", reason), cancellationToken);
        if (await FindAsync(jobId, cancellationToken) is { } parked)
        {
            StorageLog.JobParked(logger, parked.Id, parked.Kind.ToString(), parked.PlanId, parked.Attempts, reason);
        }
    }

    public async Task<JobStatus?> GetStatusAsync(string jobId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("SELECT status FROM jobs WHERE id = @id").With("@id", jobId);
        var rows = await command.QueryAsync(row => JobSql.ParseStatus(row.GetString(0)), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task UpdateAsync(string jobId, string assignments, Action<DbCommand>? bind, CancellationToken cancellationToken)
    {
        var changed = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Sql($"UPDATE jobs SET {assignments}, updated_at = @now WHERE id = @id", transaction)
                    .With("@id", jobId)
                    .With("@now", database.Time.Now());
                bind?.Invoke(command);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
        if (changed == 0)
        {
            throw new InvalidOperationException($"Job '{jobId}' is not in the queue.");
        }
    }
}
