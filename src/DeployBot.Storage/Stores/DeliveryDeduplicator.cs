using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

/// <summary>
/// Delivery ids seen recently. One upsert decides atomically on both engines: a new key is inserted, an expired one is
/// renewed (both count as first sight), a live one is left alone (a repeat). The write goes through
/// <see cref="StorageDatabase.WriteAsync{T}"/>, so on SQLite it shares the group commit (one fsync for many keys)
/// instead of committing, and waiting for its own fsync, alone: regenerations, revisions and questions spend their
/// model-budget keys here (a new plan's key is taken in the write that records it, <see cref="Jobs.JobQueue.AdmitAsync"/>).
/// </summary>
internal sealed class DeliveryDeduplicator(StorageDatabase database) : IDeliveryDeduplicator
{
    /// <summary>How often (in calls) expired keys are swept, so the table stays small without a timer.</summary>
    private const int SweepEvery = 256;
    private int _calls;

    /// <summary>Marks @key until @expires unless it is live at @now: one row changed means first sight.</summary>
    public const string Mark = """
        INSERT INTO delivery_keys (delivery_key, expires_at) VALUES (@key, @expires)
        ON CONFLICT (delivery_key) DO UPDATE SET expires_at = excluded.expires_at WHERE delivery_keys.expires_at <= @now
        """;

    /// <summary>Deletes the keys expired at @now.</summary>
    public const string Sweep = "DELETE FROM delivery_keys WHERE expires_at <= @now";

    public Task<bool> TryMarkAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        var sweep = Interlocked.Increment(ref _calls) % SweepEvery == 0;
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                var now = database.Time.Now();
                var command = connection.Prepared(Mark, transaction)
                    .With("@key", key)
                    .With("@expires", now + (long)keepFor.TotalMilliseconds)
                    .With("@now", now);
                var first = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
                if (sweep)
                {
                    await connection.Prepared(Sweep, transaction).With("@now", now)
                        .ExecuteNonQueryAsync(cancellationToken);
                }

                return first;
            },
            cancellationToken);
    }
}
