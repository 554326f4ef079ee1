using System.Collections.Concurrent;
using DeployBot.Core.Platforms;
using DeployBot.OnCall.Options;
using DeployBot.OnCall.Providers;

namespace DeployBot.OnCall.Resolution;

/// <summary>
/// Who is on call per (environment, platform), kept until the shift ends, or for a short while when the tool gives no
/// end. Only definite answers are kept: a failed lookup is asked again next time.
/// </summary>
internal sealed class OnCallCache(TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Environment, string Platform), Entry> _entries = new();

    public CurrentOnCall? Find(string environment, string platform)
    {
        var key = (environment.ToUpperInvariant(), platform);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (time.GetUtcNow() < entry.Expires)
        {
            return entry.Value;
        }

        _entries.TryRemove(KeyValuePair.Create(key, entry));
        return null;
    }

    public void Keep(string environment, string platform, CurrentOnCall value)
    {
        var now = time.GetUtcNow();
        var expires = value.Person.ShiftEnd ?? now + OnCallDefaults.CacheWithoutShiftEnd;
        if (expires > now)
        {
            _entries[(environment.ToUpperInvariant(), platform)] = new Entry(value, expires);
        }
    }

    private sealed record Entry(CurrentOnCall Value, DateTimeOffset Expires);
}

/// <summary>The person a paging tool named and how they are mentioned on one platform.</summary>
internal sealed record CurrentOnCall(OnCallPerson Person, OnCallTarget Target);
