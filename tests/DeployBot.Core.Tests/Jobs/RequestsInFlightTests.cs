using DeployBot.Core.Conversations;
using DeployBot.Core.Jobs;
using DeployBot.Core.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Core.Tests.Jobs;

public sealed class RequestsInFlightTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitUntilQuietAsync_NoOneWaiting_ReturnsAtOnce()
    {
        var requests = new RequestsInFlight(new FakeTimeProvider());

        var wait = requests.WaitUntilQuietAsync(TimeSpan.FromSeconds(1), Token);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    [Fact]
    public async Task WaitUntilQuietAsync_RequestsInFlight_ReturnsOnlyWhenTheLastOneIsAnswered()
    {
        var requests = new RequestsInFlight(new FakeTimeProvider());
        var first = requests.Enter();
        var second = requests.Enter();

        var wait = requests.WaitUntilQuietAsync(TimeSpan.FromSeconds(1), Token);
        first.Dispose();
        var afterFirst = wait.IsCompleted;
        second.Dispose();
        await wait.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.False(afterFirst);
        Assert.False(requests.Busy);
    }

    [Fact]
    public async Task WaitUntilQuietAsync_RequestsNeverStop_GivesUpAfterTheLimitSoPlansAreStillWritten()
    {
        var time = new FakeTimeProvider();
        var requests = new RequestsInFlight(time);
        using var endless = requests.Enter();

        var wait = requests.WaitUntilQuietAsync(TimeSpan.FromSeconds(1), Token);
        time.Advance(TimeSpan.FromMilliseconds(999));
        var beforeLimit = wait.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.False(beforeLimit);
        Assert.True(requests.Busy);
    }

    [Fact]
    public async Task WaitUntilQuietAsync_ManyLanesWaiting_AllResumeTogether()
    {
        var requests = new RequestsInFlight(new FakeTimeProvider());
        var call = requests.Enter();

        var lanes = Enumerable.Range(0, 8).Select(_ => requests.WaitUntilQuietAsync(TimeSpan.FromSeconds(1), Token)).ToArray();
        var waitingBefore = lanes.Count(lane => !lane.IsCompleted);
        call.Dispose();
        await Task.WhenAll(lanes).WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Equal(8, waitingBefore);
    }

    [Fact]
    public async Task Engine_EveryKindOfCall_IsCountedOnlyWhileItRuns()
    {
        await using var bot = new EngineHarness();
        var requests = bot.Services.GetRequiredService<RequestsInFlight>();

        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");
        await bot.StartAsync("NOTES=\"Add cache\"");
        await bot.StartAsync("ENVIRONMENT=nowhere");
        await bot.SayInThreadAsync(bot.ThreadOf(planId), "Which step is riskiest?", "delivery-1");
        await bot.PressAsync(planId, PlanButton.Acknowledge);

        Assert.False(requests.Busy);
    }
}
