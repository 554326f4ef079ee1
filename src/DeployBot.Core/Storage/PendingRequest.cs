using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Storage;

/// <summary>A request still collecting parameters through the form; its id is the form id.</summary>
public sealed record PendingRequest(string Id, Requester Requester, IReadOnlyDictionary<RequestField, string> Values, DateTimeOffset CreatedAt);

/// <summary>Requests waiting for their form to be submitted.</summary>
public interface IPendingRequestStore
{
    Task SaveAsync(PendingRequest request, CancellationToken cancellationToken);

    Task<PendingRequest?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Marks the pending request used. Returns false when it was already used (a double submit) or does not exist.</summary>
    Task<bool> CompleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deletes pending requests created before <paramref name="createdBefore"/> (expired forms, used or not); returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken);
}
