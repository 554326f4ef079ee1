using System.Data.Common;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

/// <summary>
/// Checklist ticks keyed by (plan, version, step). A change is written only when the stored state differs (the
/// upsert's <c>WHERE</c>), in one transaction with reading back what stands, so concurrent ticks of one step store one.
/// </summary>
internal sealed class ChecklistStore(StorageDatabase database) : IChecklistStore
{
    private const string Columns = "step, done, user_id, user_name, changed_at";

    private const string Tick = """
        INSERT INTO step_ticks (plan_id, version, step, done, user_id, user_name, changed_at) VALUES (@plan, @version, @step, 1, @user, @name, @at)
        ON CONFLICT (plan_id, version, step) DO UPDATE SET done = 1, user_id = excluded.user_id, user_name = excluded.user_name, changed_at = excluded.changed_at
        WHERE step_ticks.done = 0
        """;

    // A step never ticked has no row, and unticking it changes nothing.
    private const string Untick = """
        UPDATE step_ticks SET done = 0, user_id = @user, user_name = @name, changed_at = @at
        WHERE plan_id = @plan AND version = @version AND step = @step AND done = 1
        """;

    public Task<StepTickResult> SetAsync(string planId, int version, StepTick tick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tick);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                int changed;
                await using (var write = connection.Sql(tick.Done ? Tick : Untick, transaction)
                    .With("@plan", planId)
                    .With("@version", version)
                    .With("@step", tick.Step)
                    .With("@user", tick.UserId)
                    .With("@name", tick.UserName)
                    .With("@at", StoredTime.ToStored(tick.At)))
                {
                    changed = await write.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var read = connection.Sql($"SELECT {Columns} FROM step_ticks WHERE plan_id = @plan AND version = @version AND step = @step{database.Dialect.LockRow}", transaction)
                    .With("@plan", planId)
                    .With("@version", version)
                    .With("@step", tick.Step);
                var rows = await read.QueryAsync(ReadTick, cancellationToken);
                return new StepTickResult(changed == 1, rows.Count == 0 ? null : rows[0]);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<StepTick>> GetAsync(string planId, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Sql($"SELECT {Columns} FROM step_ticks WHERE plan_id = @plan AND version = @version ORDER BY step")
            .With("@plan", planId)
            .With("@version", version);
        return await command.QueryAsync(ReadTick, cancellationToken);
    }

    private static StepTick ReadTick(DbDataReader row) => new(
        (int)row.GetInt64(0),
        row.GetInt64(1) != 0,
        row.GetString(2),
        row.GetNullableString(3),
        StoredTime.FromStored(row.GetInt64(4)));
}
