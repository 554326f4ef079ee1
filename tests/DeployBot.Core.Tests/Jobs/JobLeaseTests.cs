using DeployBot.Core.Jobs;
using DeployBot.Core.Storage;
using DeployBot.Core.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Core.Tests.Jobs;

/// <summary>Leases that are renewed: a running job keeps its lease while it works, and stops when it has lost it.</summary>
public sealed class JobLeaseTests
{
    private const string Staging = "NOTES=\"Add cache\" ENVIRONMENT=staging";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(new JobOptions().LeaseSeconds);
    private static readonly TimeSpan Beat = new JobOptions().Heartbeat;

    [Fact]
    public async Task RunNextAsync_ModelCallOutlastsTheLease_HeartbeatKeepsTheJobFromOtherWorkers()
    {
        var (world, gate) = HeldPlanner();
        await using var running = new EngineHarness(world);
        await using var other = new EngineHarness(world);
        await running.StartAsync(Staging);
        var run = Processor(running).RunNextAsync(EngineHarness.Token);
        await world.Planner.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), EngineHarness.Token);

        for (var elapsed = TimeSpan.Zero; elapsed <= Lease * 2; elapsed += Beat)
        {
            world.Time.Advance(Beat);
            Assert.True(SpinWait.SpinUntil(() => LeaseUntil(world) == world.Time.GetUtcNow() + Lease, TimeSpan.FromSeconds(10)), "the lease was not renewed");
        }

        var takenByOther = await other.DrainAsync();
        gate.SetResult();
        await run.WaitAsync(TimeSpan.FromSeconds(10), EngineHarness.Token);

        Assert.Equal(0, takenByOther);
        Assert.Single(world.Slack.Publications);
        Assert.Equal(JobStatus.Done, world.Queue.Jobs.Single().Status);
        Assert.Equal(1, world.Queue.Jobs.Single().Attempts);
    }

    [Fact]
    public async Task RunNextAsync_LeaseRanOutBeforeARenewal_StopsAndLeavesTheJobToItsNewHolder()
    {
        var (world, _) = HeldPlanner();
        await using var stalled = new EngineHarness(world);
        await stalled.StartAsync(Staging);
        var run = Processor(stalled).RunNextAsync(EngineHarness.Token);
        await world.Planner.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), EngineHarness.Token);

        // The beat due after 5 s only gets through after 25 s (storage was stuck, say): the lease ran out at 20 s.
        world.Planner.Gate = null;
        world.Time.Advance(Lease + Beat);
        await run.WaitAsync(TimeSpan.FromSeconds(10), EngineHarness.Token);
        await using var other = new EngineHarness(world);
        var takenOver = await other.DrainAsync();

        Assert.Equal(1, takenOver);
        Assert.Single(world.Slack.Publications);
        Assert.Equal(JobStatus.Done, world.Queue.Jobs.Single().Status);
        Assert.Equal(2, world.Queue.Jobs.Single().Attempts);
    }

    [Fact]
    public void Heartbeat_OnlyTheLeaseConfigured_RenewsFourTimesPerLeaseAndNeverLessThanTwice()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), new JobOptions().Heartbeat);
        Assert.Equal(TimeSpan.FromSeconds(45), new JobOptions { LeaseSeconds = 180 }.Heartbeat);
        Assert.Equal(TimeSpan.FromSeconds(10), new JobOptions { LeaseSeconds = 20, HeartbeatSeconds = 30 }.Heartbeat);
    }

    private static (World World, TaskCompletionSource Gate) HeldPlanner()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var world = new World();
        world.Planner = new StubPlanner { Gate = gate.Task };
        return (world, gate);
    }

    private static JobProcessor Processor(EngineHarness harness) => harness.Services.GetRequiredService<JobProcessor>();

    private static DateTimeOffset LeaseUntil(World world) => world.Queue.Jobs.Single().LeaseUntil;
}
