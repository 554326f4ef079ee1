using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>Leases renewed by a running job's heartbeat, and a SQLite host taking back its previous run's jobs.</summary>
public abstract partial class StoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RenewLeaseAsync_EveryFewSeconds_KeepsTheJobFromOtherWorkersLongPastOneLease()
    {
        await StorePlanAsync("plan-1");
        var job = await Store.Jobs.ClaimAsync("worker-a", Lease, Cancel);

        var renewals = new List<bool>();
        for (var beat = 0; beat < 12; beat++)
        {
            Time.Advance(TimeSpan.FromSeconds(5));
            renewals.Add(await Store.Jobs.RenewLeaseAsync(job!.Id, "worker-a", Lease, Cancel));
        }

        var other = await NewReplica().Jobs.ClaimAsync("worker-b", Lease, Cancel);

        Assert.All(renewals, Assert.True);
        Assert.Null(other);
    }

    [Fact]
    public async Task RenewLeaseAsync_AfterTheLeaseRanOutAndAnotherWorkerTookTheJob_ReturnsFalseAndLeavesItToThem()
    {
        await StorePlanAsync("plan-1");
        var job = await Store.Jobs.ClaimAsync("worker-a", Lease, Cancel);
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var takenOver = await NewReplica().Jobs.ClaimAsync("worker-b", Lease, Cancel);

        var renewed = await Store.Jobs.RenewLeaseAsync(job!.Id, "worker-a", Lease, Cancel);
        Time.Advance(TimeSpan.FromSeconds(5));
        var stillTheirs = await Store.Jobs.RenewLeaseAsync(job.Id, "worker-b", Lease, Cancel);

        Assert.Equal(job.Id, takenOver?.Id);
        Assert.False(renewed);
        Assert.True(stillTheirs);
    }

    [Fact]
    public async Task RenewLeaseAsync_LeaseRanOutButNobodyClaimedIt_ReturnsFalse()
    {
        await StorePlanAsync("plan-1");
        var job = await Store.Jobs.ClaimAsync("worker-a", Lease, Cancel);
        Time.Advance(Lease);

        Assert.False(await Store.Jobs.RenewLeaseAsync(job!.Id, "worker-a", Lease, Cancel));
    }

    [Fact]
    public async Task TakeBackAsync_JobsLeftRunningByThePreviousRun_QueuedAgainAtOnceWhileThisRunsJobsStayPut()
    {
        await StorePlanAsync("plan-1");
        await StorePlanAsync("plan-2");
        var orphan = await Store.Jobs.ClaimAsync("previous-run", Lease, Cancel);
        Time.Advance(TimeSpan.FromSeconds(3));
        var startedAt = Time.GetUtcNow();
        var mine = await Store.Jobs.ClaimAsync("this-run", Lease, Cancel);

        var taken = await Store.JobQueue.TakeBackAsync(startedAt, Cancel);
        var again = await Store.Jobs.ClaimAsync("this-run", Lease, Cancel);

        Assert.Equal(1, taken);
        Assert.Equal(orphan!.Id, again?.Id);
        Assert.Equal(2, again?.Attempts);
        Assert.True(await Store.Jobs.RenewLeaseAsync(mine!.Id, "this-run", Lease, Cancel));
    }
}
