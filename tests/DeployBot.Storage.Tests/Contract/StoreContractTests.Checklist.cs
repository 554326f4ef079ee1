using System.Data.Common;
using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ChecklistSetAsync_TickThenUntick_StoresWhoAndWhenEachTime()
    {
        await StorePlanAsync("plan-1");
        var tick = new StepTick(3, true, "U0BOB", "Bob", Time.GetUtcNow());
        Time.Advance(TimeSpan.FromMinutes(2));
        var untick = new StepTick(3, false, "U0CAROL", null, Time.GetUtcNow());

        var ticked = await Checklists(Store).SetAsync("plan-1", 1, tick, Cancel);
        var unticked = await Checklists(NewReplica()).SetAsync("plan-1", 1, untick, Cancel);

        Assert.Equal(new StepTickResult(true, tick), ticked);
        Assert.Equal(new StepTickResult(true, untick), unticked);
        Assert.Equal([untick], await Checklists(Store).GetAsync("plan-1", 1, Cancel));
    }

    [Fact]
    public async Task ChecklistSetAsync_ManyReplicasTickOneStepAtOnce_OneIsWrittenAndAllSeeIt()
    {
        await StorePlanAsync("plan-1");
        var replicas = Enumerable.Range(0, 4).Select(_ => NewReplica()).Append(Store).ToArray();

        var results = await Task.WhenAll(replicas.SelectMany((replica, r) => Enumerable.Range(0, 3).Select(i =>
            Task.Run(() => Checklists(replica).SetAsync("plan-1", 2, new StepTick(5, true, $"U{r}{i}", null, Time.GetUtcNow()), Cancel), Cancel))));

        var written = Assert.Single(results, result => result.Written);
        Assert.All(results, result => Assert.Equal(written.Standing, result.Standing));
        Assert.Equal([written.Standing!], await Checklists(Store).GetAsync("plan-1", 2, Cancel));
    }

    [Fact]
    public async Task ChecklistSetAsync_UntickOfAStepNeverTicked_WritesNothing()
    {
        await StorePlanAsync("plan-1");

        var result = await Checklists(Store).SetAsync("plan-1", 1, new StepTick(1, false, "U0BOB", "Bob", Time.GetUtcNow()), Cancel);

        Assert.Equal(new StepTickResult(false, null), result);
        Assert.Empty(await Checklists(Store).GetAsync("plan-1", 1, Cancel));
    }

    [Fact]
    public async Task ChecklistGetAsync_OtherVersionOrPlan_KeepsItsOwnTicks()
    {
        await StorePlanAsync("plan-1");
        await StorePlanAsync("plan-2");
        var first = new StepTick(1, true, "U0BOB", "Bob", Time.GetUtcNow());
        await Checklists(Store).SetAsync("plan-1", 1, first, Cancel);
        await Checklists(Store).SetAsync("plan-2", 1, first with { Step = 2 }, Cancel);

        Assert.Empty(await Checklists(Store).GetAsync("plan-1", 2, Cancel));
        Assert.Equal([first], await Checklists(Store).GetAsync("plan-1", 1, Cancel));
        Assert.Equal(2, Assert.Single(await Checklists(Store).GetAsync("plan-2", 1, Cancel)).Step);
    }

    [Fact]
    public async Task ChecklistSetAsync_UnknownPlan_IsRejectedByForeignKey()
    {
        await Store.Database.EnsureMigratedAsync(Cancel);

        await Assert.ThrowsAnyAsync<DbException>(
            () => Checklists(Store).SetAsync("plan-missing", 1, new StepTick(1, true, "U0BOB", null, Time.GetUtcNow()), Cancel));
    }

    private static IChecklistStore Checklists(StorageHost host) =>
        (IChecklistStore)host.Services.GetService(typeof(IChecklistStore))!;
}
