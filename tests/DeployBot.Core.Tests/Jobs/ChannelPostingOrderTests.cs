using DeployBot.Core.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Core.Tests.Jobs;

public sealed class ChannelPostingOrderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitAsync_FirstPlanOfTheChannel_GoesAtOnce()
    {
        var order = new ChannelPostingOrder(new FakeTimeProvider(), new ClaimsInFlight());
        using var first = order.Join("slack", "C1", sequence: 7);

        var wait = first.WaitAsync(Token);

        Assert.True(wait.IsCompletedSuccessfully);
        Assert.True(await wait);
    }

    [Fact]
    public async Task WaitAsync_EarlierPlanStillPosting_WaitsUntilItHasPosted()
    {
        var order = new ChannelPostingOrder(new FakeTimeProvider(), new ClaimsInFlight());
        var first = order.Join("slack", "C1", sequence: 1);
        using var second = order.Join("slack", "C1", sequence: 2);

        var wait = second.WaitAsync(Token);
        var waitedWhileFirstPosts = !wait.IsCompleted;
        first.Dispose();

        Assert.True(waitedWhileFirstPosts);
        Assert.True(await wait);
    }

    [Fact]
    public async Task WaitAsync_LaterPlanJoinedFirst_StillWaitsForTheEarlierOne()
    {
        // Two lanes claim jobs 1 and 2 together; the lane with job 2 may get to the channel first.
        var order = new ChannelPostingOrder(new FakeTimeProvider(), new ClaimsInFlight());
        using var second = order.Join("slack", "C1", sequence: 2);
        var first = order.Join("slack", "C1", sequence: 1);

        var firstWait = first.WaitAsync(Token);
        var secondWait = second.WaitAsync(Token);
        var secondHeldBack = !secondWait.IsCompleted;
        first.Dispose();

        Assert.True(await firstWait);
        Assert.True(secondHeldBack);
        Assert.True(await secondWait);
    }

    [Fact]
    public async Task WaitAsync_OtherChannelOrPlatform_DoesNotWait()
    {
        var order = new ChannelPostingOrder(new FakeTimeProvider(), new ClaimsInFlight());
        using var busy = order.Join("slack", "C1", sequence: 1);
        using var otherChannel = order.Join("slack", "C2", sequence: 2);
        using var otherPlatform = order.Join("teams", "C1", sequence: 3);

        Assert.True(await otherChannel.WaitAsync(Token));
        Assert.True(await otherPlatform.WaitAsync(Token));
    }

    [Fact]
    public async Task WaitAsync_EarlierPlanNeverPosts_GivesUpAfterTheLimit()
    {
        var time = new FakeTimeProvider();
        var order = new ChannelPostingOrder(time, new ClaimsInFlight());
        using var stuck = order.Join("slack", "C1", sequence: 1);
        using var later = order.Join("slack", "C1", sequence: 2);

        var wait = later.WaitAsync(Token);
        time.Advance(ChannelPostingOrder.WaitLimit - TimeSpan.FromSeconds(1));
        var stillWaiting = !wait.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(stillWaiting);
        Assert.False(await wait);
    }

    [Fact]
    public async Task Dispose_AttemptEndsWithoutPosting_ReleasesLaterPlansAndForgetsTheChannel()
    {
        var order = new ChannelPostingOrder(new FakeTimeProvider(), new ClaimsInFlight());
        var failed = order.Join("slack", "C1", sequence: 1);
        failed.Dispose();
        failed.Dispose();

        using var next = order.Join("slack", "C1", sequence: 2);
        var wait = next.WaitAsync(Token);

        Assert.True(wait.IsCompletedSuccessfully);
        Assert.True(await wait);
    }

    [Fact]
    public async Task WaitAsync_EarlierPlanClaimedAtTheSameMomentButNotJoinedYet_WaitsForItToJoinAndPost()
    {
        // Lanes A and B claim jobs 1 and 2 in one commit; B's lane resumes first and is ready to post before A joins.
        var claims = new ClaimsInFlight();
        var order = new ChannelPostingOrder(new FakeTimeProvider(), claims);
        var claimA = await Task.Run(claims.Begin, Token);
        var waitB = await Task.Run(
            () =>
            {
                using var claimB = claims.Begin();
                var second = order.Join("slack", "C1", sequence: 2);
                claimB.Dispose();
                return (second, second.WaitAsync(Token));
            },
            Token);

        var waitedForTheClaim = !waitB.Item2.IsCompleted;
        var first = order.Join("slack", "C1", sequence: 1);
        claimA.Dispose();
        await Task.Delay(50, Token);
        var waitedForThePost = !waitB.Item2.IsCompleted;
        first.Dispose();

        Assert.True(waitedForTheClaim);
        Assert.True(waitedForThePost);
        Assert.True(await waitB.Item2);
        waitB.Item1.Dispose();
    }
}
