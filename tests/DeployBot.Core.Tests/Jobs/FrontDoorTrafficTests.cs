using DeployBot.Core.Conversations;
using DeployBot.Core.Jobs;
using DeployBot.Core.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Core.Tests.Jobs;

public sealed class FrontDoorTrafficTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitForLullAsync_NoRequestYet_ReturnsAtOnce()
    {
        var traffic = new FrontDoorTraffic(new FakeTimeProvider());

        var wait = traffic.WaitForLullAsync(TimeSpan.FromSeconds(5), Token);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    [Fact]
    public void Busy_RequestAnsweredMomentsAgo_StaysBusyForTheWindowThenQuiet()
    {
        var time = new FakeTimeProvider();
        var traffic = new FrontDoorTraffic(time);

        traffic.Enter().Dispose();
        var rightAfter = traffic.Busy;
        time.Advance(FrontDoorTraffic.Window);

        Assert.True(rightAfter);
        Assert.False(traffic.Busy);
    }

    [Fact]
    public void Busy_RequestStillRunning_StaysBusyPastTheWindow()
    {
        var time = new FakeTimeProvider();
        var traffic = new FrontDoorTraffic(time);

        using var slow = traffic.Enter();
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.True(traffic.Busy);
    }

    [Fact]
    public void Busy_ABurstOfCommands_AShortGapIsNotALull_TheBurstEndingIs()
    {
        var time = new FakeTimeProvider();
        var traffic = new FrontDoorTraffic(time);

        for (var i = 0; i < FrontDoorTraffic.BurstArrivals; i++)
        {
            traffic.Enter().Dispose();
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        time.Advance(FrontDoorTraffic.Window * 2);
        var duringGap = traffic.Busy;
        time.Advance(FrontDoorTraffic.BurstSpan);

        Assert.True(duringGap);
        Assert.False(traffic.Busy);
    }

    [Fact]
    public void Busy_TwentyCommandsASecond_IsQuietBetweenThemSoPlansStartAtOnce()
    {
        var time = new FakeTimeProvider();
        var traffic = new FrontDoorTraffic(time);
        var quietBetween = new List<bool>();

        for (var i = 0; i < 200; i++)
        {
            traffic.Enter().Dispose();
            time.Advance(FrontDoorTraffic.Window);
            quietBetween.Add(!traffic.Busy);
            time.Advance(TimeSpan.FromMilliseconds(50) - FrontDoorTraffic.Window);
        }

        Assert.All(quietBetween, Assert.True);
    }

    [Fact]
    public async Task WaitForLullAsync_BusyThenQuiet_ReturnsAtTheFirstLookAfterTheLastRequest()
    {
        var time = new FakeTimeProvider();
        var traffic = new FrontDoorTraffic(time);
        var request = traffic.Enter();

        var wait = traffic.WaitForLullAsync(TimeSpan.FromSeconds(5), Token);
        time.Advance(TimeSpan.FromMilliseconds(50));
        var whileRunning = wait.IsCompleted;
        request.Dispose();
        time.Advance(TimeSpan.FromMilliseconds(50));
        await wait.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.False(whileRunning);
    }

    [Fact]
    public async Task WaitForLullAsync_RequestsNeverStop_GivesUpAfterTheLimitSoPlansAreStillWritten()
    {
        var time = new FakeTimeProvider();
        var traffic = new FrontDoorTraffic(time);
        using var endless = traffic.Enter();

        var wait = traffic.WaitForLullAsync(TimeSpan.FromSeconds(1), Token);
        for (var i = 0; i < 19; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
        }

        var beforeLimit = wait.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(50));
        await wait.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.False(beforeLimit);
        Assert.True(traffic.Busy);
    }

    [Fact]
    public void HoldBack_SixtyExtraLanes_EachGivesUpAtItsOwnMomentWithinOneToTwoLimits()
    {
        var limits = Enumerable.Range(PlanJobWorker.SteadyLanes, 60).Select(lane => PlanJobWorker.HoldBack(lane, 64)).ToArray();

        Assert.Equal(limits.Length, limits.Distinct().Count());
        Assert.All(limits, limit => Assert.InRange(limit, PlanJobWorker.HoldBackLimit, PlanJobWorker.HoldBackLimit * 2));
    }

    [Fact]
    public async Task Engine_EveryKindOfCall_LeavesNothingCountedOnceAnswered()
    {
        await using var bot = new EngineHarness();
        var traffic = bot.Services.GetRequiredService<FrontDoorTraffic>();

        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");
        await bot.StartAsync("NOTES=\"Add cache\"");
        await bot.StartAsync("ENVIRONMENT=nowhere");
        await bot.SayInThreadAsync(bot.ThreadOf(planId), "Which step is riskiest?", "delivery-1");
        await bot.PressAsync(planId, PlanButton.Acknowledge);
        bot.World.Time.Advance(FrontDoorTraffic.Window);

        Assert.False(traffic.Busy);
    }
}
