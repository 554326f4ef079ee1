using System.Collections.Concurrent;
using DeployBot.Core.Storage;

namespace DeployBot.Slack.Tests.Support;

/// <summary>A deduplicator that remembers keys for the test's lifetime.</summary>
internal sealed class InMemoryDeduplicator : IDeliveryDeduplicator
{
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys => _seen.Keys.ToArray();

    public Task<bool> TryMarkAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken) =>
        Task.FromResult(_seen.TryAdd(key, true));
}
