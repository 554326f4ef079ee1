using System.Data.Common;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

internal sealed class PendingRequestStore(StorageDatabase database) : IPendingRequestStore
{
    public async Task SaveAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenForWriteAsync(cancellationToken);
        await using var command = connection.Sql("""
                INSERT INTO pending_requests (id, requester, field_values, created_at) VALUES (@id, @requester, @values, @created)
                ON CONFLICT (id) DO UPDATE SET requester = excluded.requester, field_values = excluded.field_values, created_at = excluded.created_at
                """)
            .With("@id", request.Id)
            .With("@requester", StoredJson.Write(request.Requester))
            .With("@values", StoredJson.Write(request.Values))
            .With("@created", StoredTime.ToStored(request.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<PendingRequest?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("SELECT id, requester, field_values, created_at FROM pending_requests WHERE id = @id")
            .With("@id", id);
        var rows = await command.QueryAsync(Read, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<bool> CompleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForWriteAsync(cancellationToken);
        await using var command = connection.Sql("UPDATE pending_requests SET completed_at = @now WHERE id = @id AND completed_at IS NULL")
            .With("@id", id)
            .With("@now", database.Time.Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForWriteAsync(cancellationToken);
        await using var command = connection.Sql("DELETE FROM pending_requests WHERE created_at < @before")
            .With("@before", StoredTime.ToStored(createdBefore));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static PendingRequest Read(DbDataReader row) => new(
        row.GetString(0),
        StoredJson.Read<Requester>(row.GetString(1)),
        StoredJson.Read<Dictionary<RequestField, string>>(row.GetString(2)),
        StoredTime.FromStored(row.GetInt64(3)));
}
