using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

internal sealed partial class PlanStore
{
    public async Task SavePostingAsync(PlanPosting posting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posting);
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Sql("""
                INSERT INTO plan_postings (plan_id, platform, channel_id, message_id, permalink, version, updated_at)
                VALUES (@plan, @platform, @channel, @message, @permalink, @version, @now)
                ON CONFLICT (plan_id, platform) DO UPDATE SET channel_id = excluded.channel_id, message_id = excluded.message_id,
                    permalink = excluded.permalink, version = excluded.version, updated_at = excluded.updated_at
                """, transaction)
                    .With("@plan", posting.PlanId)
                    .With("@platform", posting.Platform)
                    .With("@channel", posting.Message.ChannelId)
                    .With("@message", posting.Message.MessageId)
                    .With("@permalink", posting.Message.Permalink)
                    .With("@version", posting.Version)
                    .With("@now", database.Time.Now());
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<PlanPosting?> GetPostingAsync(string planId, string platform, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("""
                SELECT plan_id, platform, channel_id, message_id, permalink, version FROM plan_postings WHERE plan_id = @plan AND platform = @platform
                """)
            .With("@plan", planId)
            .With("@platform", platform);
        var rows = await command.QueryAsync(
            row => new PlanPosting(
                row.GetString(0),
                row.GetString(1),
                new PostedMessage(row.GetString(2), row.GetString(3), row.GetNullableString(4)),
                (int?)row.GetNullableInt64(5)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task LinkThreadAsync(ThreadRef thread, string planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Sql("""
                INSERT INTO thread_links (platform, channel_id, thread_id, plan_id) VALUES (@platform, @channel, @thread, @plan)
                ON CONFLICT (platform, channel_id, thread_id) DO UPDATE SET plan_id = excluded.plan_id
                """, transaction)
                    .With("@platform", thread.Platform)
                    .With("@channel", thread.ChannelId)
                    .With("@thread", thread.ThreadId)
                    .With("@plan", planId);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<string?> FindPlanIdByThreadAsync(ThreadRef thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql("""
                SELECT plan_id FROM thread_links WHERE platform = @platform AND channel_id = @channel AND thread_id = @thread
                """)
            .With("@platform", thread.Platform)
            .With("@channel", thread.ChannelId)
            .With("@thread", thread.ThreadId);
        var rows = await command.QueryAsync(row => row.GetString(0), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }
}
