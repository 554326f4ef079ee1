using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

/// <summary>Append-only audit trail per plan, read back in the order it was written.</summary>
internal sealed class AuditLog(StorageDatabase database) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Sql("""
                INSERT INTO audit_entries (plan_id, event, actor, details, at) VALUES (@plan, @event, @actor, @details, @at)
                """, transaction)
                    .With("@plan", entry.PlanId)
                    .With("@event", entry.Event)
                    .With("@actor", entry.Actor)
                    .With("@details", entry.Details)
                    .With("@at", StoredTime.ToStored(entry.At));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetForPlanAsync(string planId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("SELECT plan_id, event, actor, details, at FROM audit_entries WHERE plan_id = @plan ORDER BY id")
            .With("@plan", planId);
        return await command.QueryAsync(
            row => new AuditEntry(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), StoredTime.FromStored(row.GetInt64(4))),
            cancellationToken);
    }
}
