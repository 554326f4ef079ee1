using DeployBot.Core.Conversations;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>The plan store's contract in memory: versions idempotent per key, first acknowledgement wins.</summary>
internal sealed class InMemoryPlanStore(TimeProvider time) : IPlanStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PlanRecord> _plans = [];
    private readonly List<(PlanVersion Version, string Key)> _versions = [];
    private readonly Dictionary<(string, string), PlanPosting> _postings = [];
    private readonly Dictionary<ThreadRef, string> _threads = [];
    private readonly List<(string PlanId, ThreadExchange Exchange)> _exchanges = [];
    private readonly Dictionary<string, Acknowledgement> _acknowledgements = [];

    public void AddPlan(PlanRecord plan)
    {
        lock (_gate)
        {
            _plans.Add(plan.PlanId, plan);
        }
    }

    public IReadOnlyList<PlanVersion> Versions(string planId) => Locked(() => _versions.Where(v => v.Version.PlanId == planId).Select(v => v.Version).ToArray());

    public Task<PlanRecord?> FindAsync(string planId, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _plans.GetValueOrDefault(planId)));

    public Task<int> AddVersionAsync(string planId, DeploymentRequest request, DeploymentPlan plan, string reason, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() =>
        {
            var earlier = _versions.FirstOrDefault(v => v.Version.PlanId == planId && v.Key == idempotencyKey);
            if (earlier.Version is not null)
            {
                return earlier.Version.Version;
            }

            var number = _versions.Count(v => v.Version.PlanId == planId) + 1;
            _versions.Add((new PlanVersion(planId, number, request, plan, reason, time.GetUtcNow()), idempotencyKey));
            return number;
        }));

    public Task<PlanVersion?> GetVersionAsync(string planId, int version, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _versions.Select(v => v.Version).FirstOrDefault(v => v.PlanId == planId && v.Version == version)));

    public Task<PlanVersion?> GetLatestVersionAsync(string planId, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _versions.Select(v => v.Version).LastOrDefault(v => v.PlanId == planId)));

    public Task SavePostingAsync(PlanPosting posting, CancellationToken cancellationToken) =>
        Run(() => _postings[(posting.PlanId, posting.Platform)] = posting);

    public Task<PlanPosting?> GetPostingAsync(string planId, string platform, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _postings.GetValueOrDefault((planId, platform))));

    public Task LinkThreadAsync(ThreadRef thread, string planId, CancellationToken cancellationToken) => Run(() => _threads[thread] = planId);

    public Task<string?> FindPlanIdByThreadAsync(ThreadRef thread, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _threads.GetValueOrDefault(thread)));

    public Task AddThreadExchangeAsync(string planId, string question, string answer, CancellationToken cancellationToken) =>
        Run(() => _exchanges.Add((planId, new ThreadExchange(question, answer))));

    public Task<IReadOnlyList<ThreadExchange>> GetThreadHistoryAsync(string planId, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ThreadExchange>>(Locked(() => _exchanges.Where(e => e.PlanId == planId).Select(e => e.Exchange).TakeLast(max).ToArray()));

    public Task<Acknowledgement> AcknowledgeAsync(string planId, Acknowledgement acknowledgement, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _acknowledgements.TryAdd(planId, acknowledgement) ? acknowledgement : _acknowledgements[planId]));

    public Task<Acknowledgement?> GetAcknowledgementAsync(string planId, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _acknowledgements.GetValueOrDefault(planId)));

    public Task ClearAcknowledgementAsync(string planId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        Locked(() => _acknowledgements.TryGetValue(planId, out var standing) && standing.At < before && _acknowledgements.Remove(planId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DateTimeOffset>> GetRecentRequestTimesAsync(string platform, string userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DateTimeOffset>>(Locked(() => _plans.Values
            .Where(p => p.Requester.Platform == platform && p.Requester.UserId == userId && p.CreatedAt >= since)
            .Select(p => p.CreatedAt)
            .ToArray()));

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private Task Run(Action change)
    {
        lock (_gate)
        {
            change();
        }

        return Task.CompletedTask;
    }
}
