using System.Collections.Concurrent;
using DeployBot.Core.Storage;

namespace DeployBot.Teams.Tests.Infrastructure;

/// <summary>The deduplicator contract in memory (storage provides the durable one).</summary>
internal sealed class InMemoryDeduplicator : IDeliveryDeduplicator
{
    private readonly ConcurrentDictionary<string, byte> _seen = new();

    public Task<bool> TryMarkAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken) =>
        Task.FromResult(_seen.TryAdd(key, 0));
}
