using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Reliability;

/// <summary>
/// Issue 9, Slack in trouble: the Web API answers 429 with Retry-After and 5xx on the calls that create and fill in
/// the plan messages. Each plan still appears exactly once, and the plans of a channel appear in request order.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class SlackFaultTests
{
    private const int Requests = 6;

    [Fact]
    public async Task SlackRateLimitsAndFails_EveryPlanPostedExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await InMemoryBot.StartAsync(null, ct);
        ScriptSlackTrouble(bot.Slack);

        var acks = await bot.SendAsync(1, Requests, ct);
        var done = await bot.WaitForPlansAsync(Requests, TimeSpan.FromSeconds(120), ct);

        var evidence = await bot.EvidenceAsync(ct);
        Assert.All(acks, ack => Assert.True(ack.IsDrafting, $"not acknowledged with Drafting: {ack}"));
        Assert.True(done, $"not every plan was posted in time.{Environment.NewLine}{evidence}");
        PlanAssertions.EachRequestPostedOnce(bot.Slack, acks, evidence);
        Assert.Equal(0, await bot.Jobs.ParkedAsync(ct));
    }

    /// <summary>
    /// The first request's drafting post is rate-limited twice and then fails with a 503 while the later requests are
    /// ready on the other worker lanes (the default 4): they wait for it, so the channel shows the plans in request order.
    /// </summary>
    [Fact]
    public async Task SlackRateLimitsAndFails_PlansAppearInRequestOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await InMemoryBot.StartAsync(null, ct);
        ScriptSlackTrouble(bot.Slack);

        var acks = await bot.SendAsync(1, Requests, ct);
        var done = await bot.WaitForPlansAsync(Requests, TimeSpan.FromSeconds(120), ct);

        var evidence = await bot.EvidenceAsync(ct);
        Assert.True(done, $"not every plan was posted in time.{Environment.NewLine}{evidence}");
        PlanAssertions.EachRequestPostedOnce(bot.Slack, acks, evidence);
        Assert.Equal(acks.Select(ack => SlashCommands.Tag(ack.Index)), PlanAssertions.ChannelOrder(bot.Slack));
    }

    /// <summary>
    /// The first drafting posts meet 429 (Retry-After: 1) twice and then a 503; the first plan updates meet a 429 and
    /// a 500. The failed calls create no message, and the fake marks them (<see cref="SlackApiCall.Failure"/>).
    /// </summary>
    private static void ScriptSlackTrouble(FakeSlackApi slack)
    {
        slack.FailNext("chat.postMessage", SlackFailure.RateLimited(1), times: 2);
        slack.FailNext("chat.postMessage", SlackFailure.ServerError(503));
        slack.FailNext("chat.update", SlackFailure.RateLimited(1));
        slack.FailNext("chat.update", SlackFailure.ServerError(500));
    }
}
