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
    /// <summary>Where this replica last found a free slot per user and window, so a busy user costs one write, not many.</summary>
    private readonly ConcurrentDictionary<string, int> _nextSlot = new(StringComparer.Ordinal);

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
        var user = $"{requester.Platform}:{requester.UserId}:{bucket}";
        var first = _nextSlot.GetValueOrDefault(user);
        var keys = new string[Math.Max(0, limit.ModelCallsPerUser - first)];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = $"model-budget:{user}:{first + i}";
        }

        return new BudgetSlots(user, first, keys, window);
    }

    /// <summary>Remembers that the key at <paramref name="index"/> of <paramref name="slots"/> was taken, so the next call starts after it.</summary>
    public void Taken(BudgetSlots slots, int index)
    {
        ArgumentNullException.ThrowIfNull(slots);
        _nextSlot[slots.User] = slots.First + index + 1;
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
internal sealed record BudgetSlots(string User, int First, IReadOnlyList<string> Keys, TimeSpan KeepFor);
