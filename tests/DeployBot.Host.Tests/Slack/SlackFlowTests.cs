using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Slack;

/// <summary>DeployBot end to end on Slack: the real host, signed requests, the fake Slack Web API, the offline planner.</summary>
public sealed class SlackFlowTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await SlackHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Command_AllArguments_AcksFastThenPostsThePlanInTheReleaseChannelPingingOnCall()
    {
        var responseUrl = _host.Slack.NewResponseUrl();
        var clock = Stopwatch.StartNew();

        var response = await _host.PostFormAsync("/slack/commands", _host.Command("NOTES=\"Adds checkout-v2 and an orders index\" ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\" FLAG=checkout-v2", responseUrl, "1.2.trigger"));
        var ackedAfter = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(ackedAfter < TimeSpan.FromSeconds(3), $"acknowledged after {ackedAfter}");
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());

        var plan = await _host.WaitForPlanAsync();
        var drafting = Assert.Single(_host.Slack.CallsTo("chat.postMessage"), call => call["channel"] == SlackHost.ReleaseChannel && call["thread_ts"] is null);
        Assert.Contains("<!subteam^S0SREONCALL>", drafting["text"], StringComparison.Ordinal);
        Assert.Equal(drafting.Body["channel"]!.GetValue<string>(), plan["channel"]);
        Assert.Contains("<!subteam^S0SREONCALL>", plan.BlockText, StringComparison.Ordinal);
        Assert.Contains("Deployment Steps", plan.BlockText, StringComparison.Ordinal);
        Assert.Contains("checkout-v2", plan.BlockText, StringComparison.Ordinal);

        var told = await _host.Slack.WaitForCallAsync("response_url", call => call.Path.EndsWith(new Uri(responseUrl).AbsolutePath, StringComparison.Ordinal) && (call["text"] ?? "").Contains("fake.slack.com/archives/C0RELEASES1", StringComparison.Ordinal), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Contains("<#C0RELEASES1>", told["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_MissingNotes_OpensModal_EmptySubmissionShowsErrors_ValidSubmissionPostsThePlan()
    {
        var response = await _host.PostFormAsync("/slack/commands", _host.Command("ENVIRONMENT=production", _host.Slack.NewResponseUrl(), "3.4.trigger"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var open = await _host.Slack.WaitForCallAsync("views.open", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("3.4.trigger", open["trigger_id"]);
        var view = open.Body["view"]!.AsObject();
        var blockIds = view["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "input").Select(b => b!["block_id"]!.GetValue<string>()).ToArray();
        Assert.Contains("notes", blockIds);
        Assert.Contains("window", blockIds);

        var empty = await _host.PostFormAsync("/slack/interactivity", SlackPayloads.ViewSubmission(view, "V0MODAL01", "5.6.trigger", new Dictionary<string, string?>
        {
            ["notes"] = null, ["environment"] = "production", ["window"] = "Sat 06:00-08:00 UTC", ["flag"] = null,
        }));
        var errors = JsonNode.Parse(await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("errors", errors["response_action"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(errors["errors"]!["notes"]!.GetValue<string>()));

        var valid = await _host.PostFormAsync("/slack/interactivity", SlackPayloads.ViewSubmission(view, "V0MODAL01", "7.8.trigger", new Dictionary<string, string?>
        {
            ["notes"] = "Adds checkout-v2", ["environment"] = "production", ["window"] = "Sat 06:00-08:00 UTC", ["flag"] = null,
        }));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(string.Empty, await valid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var plan = await _host.WaitForPlanAsync();
        Assert.Contains("Adds checkout-v2", plan.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionInThePlansThread_IsAnsweredInThatThread_AndARetriedEventIsNotAnsweredTwice()
    {
        await _host.PostFormAsync("/slack/commands", _host.Command("NOTES=\"Adds checkout-v2\" ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\"", _host.Slack.NewResponseUrl(), "9.9.trigger"));
        var plan = await _host.WaitForPlanAsync();
        var planTs = plan["ts"]!;

        var question = SlackPayloads.ThreadMessage("Ev0QUESTION1", SlackHost.ReleaseChannel, planTs, "1718000500.000100", $"<@{FakeSlackApi.BotUserId}> what is the first rollback step?");
        var first = await _host.PostJsonAsync("/slack/events", question);
        var retry = await _host.PostJsonAsync("/slack/events", question, retryNum: "1");
        var second = SlackPayloads.ThreadMessage("Ev0QUESTION2", SlackHost.ReleaseChannel, planTs, "1718000600.000100", "who approves this?");
        await _host.PostJsonAsync("/slack/events", second);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        await _host.Slack.WaitForCallAsync("chat.postMessage", call => call["thread_ts"] == planTs, TimeSpan.FromSeconds(45), TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => ThreadAnswers(planTs).Count >= 2);
        Assert.Equal(2, ThreadAnswers(planTs).Count);
        Assert.All(ThreadAnswers(planTs), answer => Assert.Equal(SlackHost.ReleaseChannel, answer["channel"]));
    }

    [Fact]
    public async Task Command_BadSignature_Is401AndSlackHearsNothing()
    {
        using var forger = _host.App.CreateDefaultClient(new SlackSigningHandler("not-the-secret"));

        var response = await forger.PostAsync(
            "/slack/commands",
            new StringContent(_host.Command("NOTES=x ENVIRONMENT=production WINDOW=now", _host.Slack.NewResponseUrl(), "0.0.t"), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Slack.Calls);
    }

    [Fact]
    public async Task SlackEndpoints_WithoutConfiguration_Answer404()
    {
        await using var plain = new DeployBotApplication();
        using var client = plain.CreateClient();

        var response = await client.PostAsync("/slack/events", new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private List<SlackApiCall> ThreadAnswers(string planTs) =>
        _host.Slack.CallsTo("chat.postMessage").Where(call => call["thread_ts"] == planTs).ToList();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
