using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

internal sealed partial class PlanStore
{
    public async Task AddThreadExchangeAsync(string planId, string question, string answer, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForWriteAsync(cancellationToken);
        await using var command = connection.Sql("""
                INSERT INTO thread_exchanges (plan_id, question, answer, created_at) VALUES (@plan, @question, @answer, @now)
                """)
            .With("@plan", planId)
            .With("@question", question)
            .With("@answer", answer)
            .With("@now", database.Time.Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ThreadExchange>> GetThreadHistoryAsync(string planId, int max, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("""
                SELECT question, answer FROM (
                    SELECT id, question, answer FROM thread_exchanges WHERE plan_id = @plan ORDER BY id DESC LIMIT @max
                ) recent ORDER BY id
                """)
            .With("@plan", planId)
            .With("@max", max);
        return await command.QueryAsync(row => new ThreadExchange(row.GetString(0), row.GetString(1)), cancellationToken);
    }

    public async Task<Acknowledgement> AcknowledgeAsync(string planId, Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        await using var connection = await database.OpenForWriteAsync(cancellationToken);
        await using (var insert = connection.Sql("""
                INSERT INTO acknowledgements (plan_id, user_id, user_name, acknowledged_at) VALUES (@plan, @user, @name, @at)
                ON CONFLICT (plan_id) DO NOTHING
                """)
            .With("@plan", planId)
            .With("@user", acknowledgement.UserId)
            .With("@name", acknowledgement.UserName)
            .With("@at", StoredTime.ToStored(acknowledgement.At)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        // The first acknowledgement stands; a later press reads it back instead of replacing it.
        return await GetAcknowledgementAsync(planId, cancellationToken)
            ?? throw new InvalidOperationException($"The acknowledgement of plan '{planId}' was not stored.");
    }

    public async Task<Acknowledgement?> GetAcknowledgementAsync(string planId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("SELECT user_id, user_name, acknowledged_at FROM acknowledgements WHERE plan_id = @plan")
            .With("@plan", planId);
        var rows = await command.QueryAsync(
            row => new Acknowledgement(row.GetString(0), row.GetNullableString(1), StoredTime.FromStored(row.GetInt64(2))),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task ClearAcknowledgementAsync(string planId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForWriteAsync(cancellationToken);
        await using var delete = connection.Sql("DELETE FROM acknowledgements WHERE plan_id = @plan AND acknowledged_at < @before")
            .With("@plan", planId)
            .With("@before", StoredTime.ToStored(before));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }
}
