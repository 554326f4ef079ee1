using System.Collections.Concurrent;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Tests.TestDoubles;

internal sealed class InMemoryPendingRequestStore : IPendingRequestStore
{
    private readonly ConcurrentDictionary<string, PendingRequest> _open = new();
    private readonly ConcurrentDictionary<string, PendingRequest> _used = new();

    public Task SaveAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        _open[request.Id] = request;
        return Task.CompletedTask;
    }

    public Task<PendingRequest?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_open.TryGetValue(id, out var request) ? request : null);

    public Task<bool> CompleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!_open.TryRemove(id, out var request))
        {
            return Task.FromResult(false);
        }

        _used[id] = request;
        return Task.FromResult(true);
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var expired = _open.Values.Concat(_used.Values).Where(request => request.CreatedAt < createdBefore).Select(request => request.Id).ToArray();
        foreach (var id in expired)
        {
            _open.TryRemove(id, out _);
            _used.TryRemove(id, out _);
        }

        return Task.FromResult(expired.Length);
    }

    public int Count => _open.Count + _used.Count;
}
