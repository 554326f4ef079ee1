using System.Collections.Concurrent;
using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Policy;

/// <summary>
/// The per-user budget on everything that can reach the language model: new plans, regenerations, revisions and thread
/// questions, <see cref="RateLimitOptions.ModelCallsPerUser"/> per fixed window. Each use takes one numbered slot, stored
/// as an expiring delivery key, so replicas sharing the database share the budget and nothing needs cleaning up.
/// </summary>
internal sealed class ModelBudget(IDeliveryDeduplicator deliveries, IOptions<RateLimitOptions> options, TimeProvider time)
{
    /// <summary>
    /// Where this replica last found a free slot per user (for the window it was in), so a busy user costs one write,
    /// not many. One entry per user, not per user and window: the windows roll forever, people do not.
    /// </summary>
    private readonly ConcurrentDictionary<string, (long Bucket, int Next)> _nextSlot = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="requester"/> may make one more model call (and it is counted); otherwise the refusal.</summary>
    public async Task<string?> SpendAsync(Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var slots = Slots(requester);
        for (var i = 0; i < slots.Keys.Count; i++)
        {
            if (await deliveries.TryMarkAsync(slots.Keys[i], slots.KeepFor, cancellationToken))
            {
                Taken(slots, i);
                return null;
            }
        }

        return Refusal();
    }

    /// <summary>
    /// The keys one more model call may take, first the one this replica expects to be free: for a new plan they are
    /// taken inside the transaction that records it (<see cref="PlanAdmission"/>). <see cref="Taken"/> reports which.
    /// </summary>
    public BudgetSlots Slots(Requester requester)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var limit = options.Value;
        var window = TimeSpan.FromMinutes(limit.WindowMinutes);
        var bucket = time.GetUtcNow().ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
        var user = $"{requester.Platform}:{requester.UserId}";
        var first = _nextSlot.TryGetValue(user, out var next) && next.Bucket == bucket ? next.Next : 0;
        return new BudgetSlots(user, bucket, first, new SlotKeys($"model-budget:{user}:{bucket}:", first, Math.Max(0, limit.ModelCallsPerUser - first)), window);
    }

    /// <summary>Remembers that the key at <paramref name="index"/> of <paramref name="slots"/> was taken, so the next call starts after it.</summary>
    public void Taken(BudgetSlots slots, int index)
    {
        ArgumentNullException.ThrowIfNull(slots);
        _nextSlot[slots.User] = (slots.Bucket, slots.First + index + 1);
    }

    /// <summary>The refusal when every slot of the current window is taken.</summary>
    public string Refusal()
    {
        var limit = options.Value;
        var window = TimeSpan.FromMinutes(limit.WindowMinutes);
        var now = time.GetUtcNow();
        var bucket = now.ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
        var freesUp = DateTimeOffset.FromUnixTimeMilliseconds((bucket + 1) * (long)window.TotalMilliseconds);
        return $"You've made {limit.ModelCallsPerUser} requests that use the language model (plans, regenerations, revisions, questions) "
            + $"in the current {PlanRateLimit.Minutes(limit.WindowMinutes)} window; try again after {PlanRateLimit.FormatTime(freesUp, now)}.";
    }
}

/// <summary>The budget keys of one requester's window still thought free, from slot <paramref name="First"/> on.</summary>
internal sealed record BudgetSlots(string User, long Bucket, int First, IReadOnlyList<string> Keys, TimeSpan KeepFor);

/// <summary>
/// The keys "model-budget:{user}:{window}:{slot}" from <paramref name="first"/> on, each made when it is asked for: nearly
/// every call takes the first, and making all thirty up front cost every slash command 4 KB of garbage (issue 17).
/// </summary>
internal sealed class SlotKeys(string prefix, int first, int count) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] => (uint)index < (uint)count
        ? prefix + (first + index).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
