using DeployBot.Slack.Platform;
using DeployBot.Slack.Tests.Support;
using DeployBot.Testing.Slack;

namespace DeployBot.Slack.Tests.Platform;

/// <summary>
/// A host killed after Slack accepted a "Drafting…" placeholder but before its ts was saved: the retry finds the
/// placeholder in the channel's history by the plan id in its message metadata instead of posting a second one.
/// </summary>
public sealed class SlackDraftingRecoveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset LongAgo = DateTimeOffset.UnixEpoch;
    private SlackTestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await SlackTestApp.StartAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task FindDrafting_PlaceholderPostedEarlier_ReturnsThatPlansMessageAmongOthers()
    {
        var sut = _app.Get<SlackChatPlatform>();
        var ct = TestContext.Current.CancellationToken;
        var mine = await sut.PostDraftingAsync(TestPlans.Delivery() with { Plan = null }, ct);
        await sut.PostDraftingAsync(TestPlans.Delivery() with { PlanId = "plan-other", Plan = null }, ct);

        var found = await sut.FindDraftingAsync(TestPlans.Delivery(), LongAgo, ct);

        Assert.Equal(mine, found);
        var history = Assert.Single(_app.Slack.CallsTo("conversations.history"));
        Assert.Equal(("C0RELEASES1", "true"), (history["channel"], history["include_all_metadata"]));
    }

    [Fact]
    public async Task FindDrafting_NoPlaceholderForThePlan_ReturnsNullSoTheRetryPosts()
    {
        var sut = _app.Get<SlackChatPlatform>();
        var ct = TestContext.Current.CancellationToken;
        await sut.PostDraftingAsync(TestPlans.Delivery() with { PlanId = "plan-other", Plan = null }, ct);

        Assert.Null(await sut.FindDraftingAsync(TestPlans.Delivery(), LongAgo, ct));
    }

    [Fact]
    public async Task FindDrafting_PlaceholderOlderThanTheAttempt_IsNotSearchedFor()
    {
        var sut = _app.Get<SlackChatPlatform>();
        var ct = TestContext.Current.CancellationToken;
        await sut.PostDraftingAsync(TestPlans.Delivery() with { Plan = null }, ct);

        Assert.Null(await sut.FindDraftingAsync(TestPlans.Delivery(), TimeProvider.System.GetUtcNow().AddMinutes(1), ct));
    }

    [Fact]
    public async Task FindDrafting_PlaceholderBeyondTheFirstPage_FollowsTheCursor()
    {
        var sut = _app.Get<SlackChatPlatform>();
        var ct = TestContext.Current.CancellationToken;
        var mine = await sut.PostDraftingAsync(TestPlans.Delivery() with { Plan = null }, ct);
        for (var i = 0; i < 250; i++)
        {
            await sut.PostDraftingAsync(TestPlans.Delivery() with { PlanId = $"other-{i}", Plan = null }, ct);
        }

        Assert.Equal(mine, await sut.FindDraftingAsync(TestPlans.Delivery(), LongAgo, ct));
        Assert.Equal(2, _app.Slack.CallsTo("conversations.history").Count);
    }

    [Theory]
    [InlineData("missing_scope")]
    [InlineData("not_in_channel")]
    public async Task FindDrafting_HistoryRefused_ReturnsNullInsteadOfFailingTheJob(string error)
    {
        _app.Slack.FailNext("conversations.history", SlackFailure.ApiError(error));

        Assert.Null(await _app.Get<SlackChatPlatform>().FindDraftingAsync(TestPlans.Delivery(), LongAgo, TestContext.Current.CancellationToken));
    }
}
