using DeployBot.Core.Storage;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>The checklist store's contract in memory: a change is written only when the step is not already so.</summary>
internal sealed class InMemoryChecklistStore : IChecklistStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string PlanId, int Version, int Step), StepTick> _ticks = [];

    public Task<StepTickResult> SetAsync(string planId, int version, StepTick tick, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (planId, version, tick.Step);
            var stored = _ticks.GetValueOrDefault(key);
            if ((stored?.Done ?? false) == tick.Done)
            {
                return Task.FromResult(new StepTickResult(false, stored));
            }

            _ticks[key] = tick;
            return Task.FromResult(new StepTickResult(true, tick));
        }
    }

    public Task<IReadOnlyList<StepTick>> GetAsync(string planId, int version, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StepTick> ticks = _ticks.Where(pair => pair.Key.PlanId == planId && pair.Key.Version == version)
                .Select(pair => pair.Value).OrderBy(tick => tick.Step).ToArray();
            return Task.FromResult(ticks);
        }
    }
}
