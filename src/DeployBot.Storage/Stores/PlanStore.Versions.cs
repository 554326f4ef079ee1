using System.Data.Common;
using DeployBot.Core.Plans;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

internal sealed partial class PlanStore
{
    private const string VersionColumns = "plan_id, version, request, plan, reason, created_at";

    public Task<int> AddVersionAsync(
        string planId, DeploymentRequest request, DeploymentPlan plan, string reason, string idempotencyKey, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                // Locking the plan row serializes version numbering per plan (on SQLite the write lock already does).
                await EnsurePlanLockedAsync(connection, transaction, planId, cancellationToken);
                var existing = await FindVersionByKeyAsync(connection, transaction, planId, idempotencyKey, cancellationToken);
                return existing ?? await InsertVersionAsync(connection, transaction, planId, request, plan, reason, idempotencyKey, cancellationToken);
            },
            cancellationToken);

    public Task<PlanVersion?> GetVersionAsync(string planId, int version, CancellationToken cancellationToken) =>
        QueryVersionAsync($"SELECT {VersionColumns} FROM plan_versions WHERE plan_id = @plan AND version = @version", planId, version, cancellationToken);

    public Task<PlanVersion?> GetLatestVersionAsync(string planId, CancellationToken cancellationToken) =>
        QueryVersionAsync($"SELECT {VersionColumns} FROM plan_versions WHERE plan_id = @plan ORDER BY version DESC LIMIT 1", planId, null, cancellationToken);

    private async Task EnsurePlanLockedAsync(DbConnection connection, DbTransaction transaction, string planId, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql($"SELECT plan_id FROM plans WHERE plan_id = @plan{database.Dialect.LockRow}", transaction)
            .With("@plan", planId);
        var found = await command.QueryAsync(row => row.GetString(0), cancellationToken);
        if (found.Count == 0)
        {
            throw new InvalidOperationException($"Plan '{planId}' is not stored; record it (with its first job) before adding versions.");
        }
    }

    private static async Task<int?> FindVersionByKeyAsync(
        DbConnection connection, DbTransaction transaction, string planId, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql("SELECT version FROM plan_versions WHERE plan_id = @plan AND idempotency_key = @key", transaction)
            .With("@plan", planId)
            .With("@key", key);
        return (int?)await command.ScalarInt64Async(cancellationToken);
    }

    private async Task<int> InsertVersionAsync(
        DbConnection connection, DbTransaction transaction, string planId, DeploymentRequest request, DeploymentPlan plan, string reason, string key,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Sql("""
                INSERT INTO plan_versions (plan_id, version, idempotency_key, request, plan, reason, created_at)
                SELECT @plan, COALESCE(MAX(version), 0) + 1, @key, @request, @body, @reason, @created FROM plan_versions WHERE plan_id = @plan
                RETURNING version
                """, transaction)
            .With("@plan", planId)
            .With("@key", key)
            .With("@request", StoredJson.Write(request))
            .With("@body", PlanJson.Serialize(plan))
            .With("@reason", reason)
            .With("@created", database.Time.Now());
        return (int)(await command.ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The new version number was not returned."));
    }

    private async Task<PlanVersion?> QueryVersionAsync(string sql, string planId, int? version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql(sql).With("@plan", planId);
        if (version is not null)
        {
            command.With("@version", version);
        }

        var rows = await command.QueryAsync(ReadVersion, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static PlanVersion ReadVersion(DbDataReader row) => new(
        row.GetString(0),
        (int)row.GetInt64(1),
        StoredJson.Read<DeploymentRequest>(row.GetString(2)),
        PlanJson.Deserialize(row.GetString(3)),
        row.GetString(4),
        StoredTime.FromStored(row.GetInt64(5)));
}
