using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

/// <summary>Plans and everything hanging off them. Split by concern: versions, postings and threads, acknowledgements.</summary>
internal sealed partial class PlanStore(StorageDatabase database) : IPlanStore
{
    public async Task<PlanRecord?> FindAsync(string planId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql($"SELECT {PlanRows.Columns} FROM plans WHERE plan_id = @id").With("@id", planId);
        var rows = await command.QueryAsync(PlanRows.Read, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<DateTimeOffset>> GetRecentRequestTimesAsync(
        string platform, string userId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("""
                SELECT created_at FROM plans WHERE platform = @platform AND user_id = @user AND created_at >= @since ORDER BY created_at
                """)
            .With("@platform", platform)
            .With("@user", userId)
            .With("@since", StoredTime.ToStored(since));
        return await command.QueryAsync(row => StoredTime.FromStored(row.GetInt64(0)), cancellationToken);
    }
}
