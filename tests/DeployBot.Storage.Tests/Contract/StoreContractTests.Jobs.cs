using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task EnqueueAsync_WithPlan_StoresPlanAndJobForClaiming()
    {
        var plan = NewPlan("plan-1");

        var accepted = await Store.Jobs.EnqueueAsync(NewJob("job-1", "plan-1", "slack:Ev1"), plan, Cancel);
        var claimed = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        Assert.True(accepted);
        Assert.Equal(plan, await Store.Plans.FindAsync("plan-1", Cancel));
        Assert.NotNull(claimed);
        Assert.Equal(("job-1", JobKind.GeneratePlan, "plan-1", "{\"job\":\"job-1\"}", 1), (claimed.Id, claimed.Kind, claimed.PlanId, claimed.Payload, claimed.Attempts));
        Assert.Equal(Time.GetUtcNow(), claimed.CreatedAt);
        Assert.Equal(JobStatus.Running, await Store.Jobs.GetStatusAsync("job-1", Cancel));
    }

    [Fact]
    public async Task CompleteAsync_ClaimedJob_IsDoneAndNotClaimedAgain()
    {
        await StorePlanAsync("plan-1");
        var claimed = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        await Store.Jobs.CompleteAsync(claimed!.Id, Cancel);
        Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(JobStatus.Done, await Store.Jobs.GetStatusAsync(claimed.Id, Cancel));
        Assert.Null(await Store.Jobs.ClaimAsync("worker-b", TimeSpan.FromMinutes(1), Cancel));
        Assert.Equal(0, await Store.Jobs.CountOutstandingAsync(Cancel));
    }

    [Fact]
    public async Task EnqueueAsync_DuplicateDedupeKey_ReturnsFalseAndStoresNothing()
    {
        await Store.Jobs.EnqueueAsync(NewJob("job-1", "plan-1", "slack:Ev1"), NewPlan("plan-1"), Cancel);

        var second = await Store.Jobs.EnqueueAsync(NewJob("job-2", "plan-2", "slack:Ev1"), NewPlan("plan-2"), Cancel);

        Assert.False(second);
        Assert.Null(await Store.Plans.FindAsync("plan-2", Cancel));
        Assert.Null(await Store.Jobs.GetStatusAsync("job-2", Cancel));
        Assert.Equal(1, await Store.Jobs.CountOutstandingAsync(Cancel));
    }

    [Fact]
    public async Task EnqueueAsync_NoDedupeKeys_AcceptsEveryJob()
    {
        await StorePlanAsync("plan-1");

        var second = await Store.Jobs.EnqueueAsync(NewJob("job-2", "plan-1", kind: JobKind.AnswerQuestion), null, Cancel);
        var third = await Store.Jobs.EnqueueAsync(NewJob("job-3", "plan-1", kind: JobKind.RefreshPost), null, Cancel);

        Assert.True(second && third);
        Assert.Equal(3, await Store.Jobs.CountOutstandingAsync(Cancel));
    }

    [Fact]
    public async Task ClaimAsync_SeveralDueJobs_TakesOldestFirst()
    {
        foreach (var id in new[] { "a", "b", "c" })
        {
            await Store.Jobs.EnqueueAsync(NewJob($"job-{id}", $"plan-{id}"), NewPlan($"plan-{id}"), Cancel);
        }

        var order = new List<string>();
        while (await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel) is { } job)
        {
            order.Add(job.Id);
        }

        Assert.Equal(["job-a", "job-b", "job-c"], order);
    }

    [Fact]
    public async Task ClaimAsync_JobNotYetDue_WaitsForRunAfter()
    {
        var later = NewJob("job-1", "plan-1") with { RunAfter = Time.GetUtcNow().AddMinutes(5) };
        await Store.Jobs.EnqueueAsync(later, NewPlan("plan-1"), Cancel);

        var early = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);
        Time.Advance(TimeSpan.FromMinutes(5));
        var due = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        Assert.Null(early);
        Assert.Equal("job-1", due?.Id);
    }

    [Fact]
    public async Task SaveStateAsync_ThenReclaimed_ReturnsSavedProgress()
    {
        await StorePlanAsync("plan-1");
        var first = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        await Store.Jobs.SaveStateAsync(first!.Id, "{\"version\":1,\"posted\":\"1712.0001\"}", Cancel);
        await Store.Jobs.RetryLaterAsync(first.Id, "Slack answered 500", Time.GetUtcNow(), Cancel);
        var second = await Store.Jobs.ClaimAsync("worker-b", TimeSpan.FromMinutes(1), Cancel);

        Assert.Equal("{\"version\":1,\"posted\":\"1712.0001\"}", second?.State);
        Assert.Equal("Slack answered 500", second?.LastError);
        Assert.Equal(2, second?.Attempts);
    }

    [Fact]
    public async Task CompleteAsync_UnknownJob_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.Jobs.CompleteAsync("job-missing", Cancel));

        Assert.Contains("job-missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatusAsync_UnknownJob_ReturnsNull()
    {
        Assert.Null(await Store.Jobs.GetStatusAsync("job-missing", Cancel));
    }
}
