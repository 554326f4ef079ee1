using DeployBot.Core.Plans;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AddVersionAsync_ThreeVersions_NumbersThemInOrderAndKeepsEach()
    {
        await StorePlanAsync("plan-1");

        var numbers = new List<int>();
        foreach (var (step, key) in new[] { ("first", "job-1"), ("second", "job-2"), ("third", "job-3") })
        {
            numbers.Add(await Store.Plans.AddVersionAsync("plan-1", ProductionRequest(step), SamplePlan(step), $"because {step}", key, Cancel));
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        var second = await Store.Plans.GetVersionAsync("plan-1", 2, Cancel);
        var latest = await Store.Plans.GetLatestVersionAsync("plan-1", Cancel);
        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal((2, "because second", ProductionRequest("second")), (second?.Version, second?.Reason, second?.Request));
        Assert.Equal(PlanJson.Serialize(SamplePlan("second")), PlanJson.Serialize(second!.Plan));
        Assert.Equal(Time.GetUtcNow().AddMinutes(-2), second.CreatedAt);
        Assert.Equal((3, "because third"), (latest?.Version, latest?.Reason));
    }

    [Fact]
    public async Task AddVersionAsync_SameIdempotencyKeyAgain_ReturnsFirstVersionWithoutAddingOne()
    {
        await StorePlanAsync("plan-1");
        await Store.Plans.AddVersionAsync("plan-1", ProductionRequest(), SamplePlan("v1"), "first", "job-1", Cancel);
        await Store.Plans.AddVersionAsync("plan-1", ProductionRequest(), SamplePlan("v2"), "regenerate", "job-2", Cancel);

        var retried = await Store.Plans.AddVersionAsync("plan-1", ProductionRequest(), SamplePlan("v2 again"), "regenerate", "job-2", Cancel);

        var latest = await Store.Plans.GetLatestVersionAsync("plan-1", Cancel);
        Assert.Equal(2, retried);
        Assert.Equal(2, latest?.Version);
        Assert.Equal("v2", latest?.Plan.Steps[0].Action);
    }

    [Fact]
    public async Task AddVersionAsync_ConcurrentCallsOnTwoReplicas_NumbersAreUniqueAndRetriesAgree()
    {
        await StorePlanAsync("plan-1");
        var replicas = new[] { Store, NewReplica() };

        var distinct = Enumerable.Range(0, 6).Select(i =>
            replicas[i % 2].Plans.AddVersionAsync("plan-1", ProductionRequest(), SamplePlan($"v{i}"), "revision", $"job-{i}", Cancel));
        var sameKey = Enumerable.Range(0, 6).Select(i =>
            replicas[i % 2].Plans.AddVersionAsync("plan-1", ProductionRequest(), SamplePlan("retry"), "revision", "job-retried", Cancel));
        var numbers = await Task.WhenAll(distinct);
        var retried = await Task.WhenAll(sameKey);

        Assert.Equal([1, 2, 3, 4, 5, 6], numbers.Order());
        Assert.Single(retried.Distinct());
        Assert.Equal(7, (await Store.Plans.GetLatestVersionAsync("plan-1", Cancel))?.Version);
    }

    [Fact]
    public async Task AddVersionAsync_UnknownPlan_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.Plans.AddVersionAsync("plan-missing", ProductionRequest(), SamplePlan(), "first", "job-1", Cancel));

        Assert.Contains("plan-missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetVersionAsync_NoSuchVersion_ReturnsNull()
    {
        await StorePlanAsync("plan-1");
        await Store.Plans.AddVersionAsync("plan-1", ProductionRequest(), SamplePlan(), "first", "job-1", Cancel);

        Assert.Null(await Store.Plans.GetVersionAsync("plan-1", 2, Cancel));
        Assert.Null(await Store.Plans.GetLatestVersionAsync("plan-other", Cancel));
    }
}
