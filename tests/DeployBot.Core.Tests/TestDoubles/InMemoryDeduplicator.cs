using System.Collections.Concurrent;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>Delivery keys in memory, expiring on the test clock (as the real store's do on the database clock).</summary>
internal sealed class InMemoryDeduplicator(TimeProvider time) : IDeliveryDeduplicator
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _keys = new(StringComparer.Ordinal);

    public Task<bool> TryMarkAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var first = false;
        _keys.AddOrUpdate(key, _ => { first = true; return now + keepFor; }, (_, expires) => expires <= now ? Renew(out first, now + keepFor) : expires);
        return Task.FromResult(first);
    }

    /// <summary>Gives a key back (a write that took it was undone).</summary>
    public void Forget(string key) => _keys.TryRemove(key, out _);

    private static DateTimeOffset Renew(out bool first, DateTimeOffset expires)
    {
        first = true;
        return expires;
    }
}
