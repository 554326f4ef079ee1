using System.Collections.Concurrent;
using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ClaimAsync_ManyConcurrentClaimersOnTwoReplicas_EachJobTakenExactlyOnce()
    {
        const int jobCount = 40;
        for (var i = 0; i < jobCount; i++)
        {
            await Store.Jobs.EnqueueAsync(NewJob($"job-{i:00}", $"plan-{i:00}"), NewPlan($"plan-{i:00}"), Cancel);
        }

        var replicas = new[] { Store, NewReplica() };
        var taken = new ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(
            async () =>
            {
                var queue = replicas[w % 2].Jobs;
                while (await queue.ClaimAsync($"worker-{w}", TimeSpan.FromMinutes(5), Cancel) is { } job)
                {
                    taken.Add(job.Id);
                }
            },
            Cancel));
        await Task.WhenAll(workers);

        Assert.Equal(jobCount, taken.Count);
        Assert.Equal(jobCount, taken.Distinct().Count());
    }

    [Fact]
    public async Task ClaimAsync_LeaseHeld_OtherWorkerGetsNothing()
    {
        await StorePlanAsync("plan-1");
        await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromSeconds(30), Cancel);

        Time.Advance(TimeSpan.FromSeconds(29));
        var other = await NewReplica().Jobs.ClaimAsync("worker-b", TimeSpan.FromSeconds(30), Cancel);

        Assert.Null(other);
    }

    [Fact]
    public async Task ClaimAsync_LeaseExpired_CrashedWorkersJobIsReclaimed()
    {
        await StorePlanAsync("plan-1");
        var first = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromSeconds(30), Cancel);

        Time.Advance(TimeSpan.FromSeconds(31));
        var reclaimed = await NewReplica().Jobs.ClaimAsync("worker-b", TimeSpan.FromSeconds(30), Cancel);

        Assert.Equal(first!.Id, reclaimed?.Id);
        Assert.Equal(2, reclaimed?.Attempts);
        Assert.Equal(1, await Store.Jobs.CountOutstandingAsync(Cancel));
    }

    [Fact]
    public async Task RetryLaterAsync_BeforeRunAfter_JobIsNotClaimed()
    {
        await StorePlanAsync("plan-1");
        var job = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        await Store.Jobs.RetryLaterAsync(job!.Id, "model timed out", Time.GetUtcNow().AddMinutes(2), Cancel);
        Time.Advance(TimeSpan.FromSeconds(119));
        var tooEarly = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);
        Time.Advance(TimeSpan.FromSeconds(1));
        var retried = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        Assert.Null(tooEarly);
        Assert.Equal(JobStatus.Running, await Store.Jobs.GetStatusAsync(job.Id, Cancel));
        Assert.Equal((job.Id, "model timed out", 2), (retried?.Id, retried?.LastError, retried?.Attempts));
    }

    [Fact]
    public async Task RetryLaterAsync_Waiting_CountsAsOutstandingAndQueued()
    {
        await StorePlanAsync("plan-1");
        var job = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        await Store.Jobs.RetryLaterAsync(job!.Id, "429", Time.GetUtcNow().AddMinutes(10), Cancel);

        Assert.Equal(JobStatus.Queued, await Store.Jobs.GetStatusAsync(job.Id, Cancel));
        Assert.Equal(1, await Store.Jobs.CountOutstandingAsync(Cancel));
    }

    [Fact]
    public async Task ParkAsync_FailingJob_KeepsReasonAndIsNeverClaimedAgain()
    {
        await StorePlanAsync("plan-1");
        var job = await Store.Jobs.ClaimAsync("worker-a", TimeSpan.FromMinutes(1), Cancel);

        await Store.Jobs.ParkAsync(job!.Id, "channel_not_found: invite @DeployBot to #releases", Cancel);
        Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(JobStatus.Parked, await Store.Jobs.GetStatusAsync(job.Id, Cancel));
        Assert.Null(await NewReplica().Jobs.ClaimAsync("worker-b", TimeSpan.FromMinutes(1), Cancel));
        Assert.Equal(0, await Store.Jobs.CountOutstandingAsync(Cancel));
        Assert.Equal("channel_not_found: invite @DeployBot to #releases", (await Store.JobQueue.FindAsync(job.Id, Cancel))?.LastError);
    }
}
