using System.Collections.Concurrent;
using DeployBot.Core.Platforms;

namespace DeployBot.OnCall.Tests.Support;

/// <summary>A Slack user directory for tests: knows the e-mails it is told, or fails as told; counts lookups.</summary>
internal sealed class FakeChatUserDirectory : IChatUserDirectory
{
    private readonly ConcurrentDictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);
    private int _lookups;

    public string Platform => Core.Conversations.Platforms.Slack;

    public Exception? Failure { get; set; }

    public int Lookups => _lookups;

    public void Add(string email, string userId) => _users[email] = userId;

    public Task<string?> FindUserIdByEmailAsync(string email, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        if (Failure is not null)
        {
            return Task.FromException<string?>(Failure);
        }

        return Task.FromResult(_users.TryGetValue(email, out var id) ? id : null);
    }
}
