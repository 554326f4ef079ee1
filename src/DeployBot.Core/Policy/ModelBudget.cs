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
internal sealed class ModelBudget(IDeliveryDeduplicator keys, IOptions<RateLimitOptions> options, TimeProvider time)
{
    /// <summary>Where this replica last found a free slot per user and window, so a busy user costs one write, not many.</summary>
    private readonly ConcurrentDictionary<string, int> _nextSlot = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="requester"/> may make one more model call (and it is counted); otherwise the refusal.</summary>
    public async Task<string?> SpendAsync(Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var limit = options.Value;
        var window = TimeSpan.FromMinutes(limit.WindowMinutes);
        var now = time.GetUtcNow();
        var bucket = now.ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
        var user = $"{requester.Platform}:{requester.UserId}:{bucket}";
        for (var slot = _nextSlot.GetValueOrDefault(user); slot < limit.ModelCallsPerUser; slot++)
        {
            if (await keys.TryMarkAsync($"model-budget:{user}:{slot}", window, cancellationToken))
            {
                _nextSlot[user] = slot + 1;
                return null;
            }
        }

        var freesUp = DateTimeOffset.FromUnixTimeMilliseconds((bucket + 1) * (long)window.TotalMilliseconds);
        return $"You've made {limit.ModelCallsPerUser} requests that use the language model (plans, regenerations, revisions, questions) "
            + $"in the current {PlanRateLimit.Minutes(limit.WindowMinutes)} window; try again after {PlanRateLimit.FormatTime(freesUp, now)}.";
    }
}
