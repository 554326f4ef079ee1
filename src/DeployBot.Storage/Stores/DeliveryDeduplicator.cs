using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

/// <summary>
/// Delivery ids seen recently. One upsert decides atomically on both engines: a new key is inserted, an expired one is
/// renewed (both count as first sight), a live one is left alone (a repeat).
/// </summary>
internal sealed class DeliveryDeduplicator(StorageDatabase database) : IDeliveryDeduplicator
{
    /// <summary>How often (in calls) expired keys are swept, so the table stays small without a timer.</summary>
    private const int SweepEvery = 256;
    private int _calls;

    public async Task<bool> TryMarkAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        var now = database.Time.Now();
        await using var connection = await database.OpenForWriteAsync(cancellationToken);
        await using var command = connection.Sql("""
                INSERT INTO delivery_keys (delivery_key, expires_at) VALUES (@key, @expires)
                ON CONFLICT (delivery_key) DO UPDATE SET expires_at = excluded.expires_at WHERE delivery_keys.expires_at <= @now
                """)
            .With("@key", key)
            .With("@expires", now + (long)keepFor.TotalMilliseconds)
            .With("@now", now);
        var first = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (Interlocked.Increment(ref _calls) % SweepEvery == 0)
        {
            await using var sweep = connection.Sql("DELETE FROM delivery_keys WHERE expires_at <= @now").With("@now", now);
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }

        return first;
    }
}
