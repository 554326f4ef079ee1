using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Slack;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.SlackSocketMode;

/// <summary>DeployBot end to end on Slack without a public URL: the real host, Socket Mode envelopes, the fake Web API, the offline planner.</summary>
public sealed class SlackSocketModeFlowTests
{
    [Fact]
    public async Task Command_AllArguments_AckedWithTheEphemeralReplyThenThePlanIsPostedInTheReleaseChannel()
    {
        await using var host = await SocketModeHost.StartAsync();
        await host.Socket.WaitForConnectionsAsync(1);

        var id = await host.Socket.SendAsync("slash_commands", SocketModeHost.Command(
            "NOTES=\"Adds checkout-v2 and an orders index\" ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\" FLAG=checkout-v2", host.Slack.NewResponseUrl(), "1.2.trigger"));

        var ack = await host.Socket.WaitForAckAsync(id);
        Assert.Equal("ephemeral", ack.PayloadString("response_type"));
        var plan = await host.WaitForPlanAsync();
        Assert.Contains("Deployment Steps", plan.BlockText, StringComparison.Ordinal);
        Assert.Contains("checkout-v2", plan.BlockText, StringComparison.Ordinal);
        Assert.Contains("<!subteam^S0SREONCALL>", plan.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_MissingNotes_OpensTheModal_EmptySubmissionAckedWithErrors_ValidSubmissionPostsThePlan()
    {
        await using var host = await SocketModeHost.StartAsync();
        await host.Socket.WaitForConnectionsAsync(1);

        var command = await host.Socket.SendAsync("slash_commands", SocketModeHost.Command("ENVIRONMENT=production", host.Slack.NewResponseUrl(), "3.4.trigger"));
        Assert.Null((await host.Socket.WaitForAckAsync(command)).Payload);
        var open = await host.Slack.WaitForCallAsync("views.open", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("3.4.trigger", open["trigger_id"]);
        var view = open.Body["view"]!.AsObject();

        var empty = await host.Socket.SendAsync("interactive", SocketModeHost.Submission(view, "5.6.trigger", Values(notes: null)));
        var errors = await host.Socket.WaitForAckAsync(empty);
        Assert.Equal("errors", errors.PayloadString("response_action"));
        Assert.False(string.IsNullOrWhiteSpace(errors.Payload!["errors"]!["notes"]!.GetValue<string>()));

        var valid = await host.Socket.SendAsync("interactive", SocketModeHost.Submission(view, "7.8.trigger", Values(notes: "Adds checkout-v2")));
        Assert.Null((await host.Socket.WaitForAckAsync(valid)).Payload);
        var plan = await host.WaitForPlanAsync();
        Assert.Contains("Adds checkout-v2", plan.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionInThePlansThread_IsAnsweredInThatThread()
    {
        await using var host = await SocketModeHost.StartAsync();
        await host.Socket.WaitForConnectionsAsync(1);
        await host.Socket.SendAsync("slash_commands", SocketModeHost.Command("NOTES=\"Adds checkout-v2\" ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\"", host.Slack.NewResponseUrl(), "9.9.trigger"));
        var planTs = (await host.WaitForPlanAsync())["ts"]!;

        var question = SlackPayloads.ThreadMessage("Ev0SOCKETQ1", SlackHost.ReleaseChannel, planTs, "1718000500.000100", $"<@{FakeSlackApi.BotUserId}> what is the first rollback step?");
        var id = await host.Socket.SendAsync("events_api", question);

        await host.Socket.WaitForAckAsync(id);
        var answer = await host.Slack.WaitForCallAsync("chat.postMessage", call => call["thread_ts"] == planTs, TimeSpan.FromSeconds(45), TestContext.Current.CancellationToken);
        Assert.Equal(SlackHost.ReleaseChannel, answer["channel"]);
    }

    [Fact]
    public async Task Readyz_SlackUnreachable_ListsTheSocketAsDown_ThenReadyOnceItConnects()
    {
        await using var host = await SocketModeHost.StartAsync(socket => socket.SetAvailable(false));

        // Before its first attempt fails the socket is "connecting", also a 503: wait for the answer once it has failed.
        var down = await WaitForReadyzAsync(host, HttpStatusCode.ServiceUnavailable, SaysSocketDown);
        Assert.Contains(down["reasons"]!.AsArray(), reason => reason!.GetValue<string>().StartsWith(SocketDown, StringComparison.Ordinal));
        host.Socket.SetAvailable(true);

        var up = await WaitForReadyzAsync(host, HttpStatusCode.OK);
        Assert.Equal("ready", up["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    public async Task SlackHttpEndpoints_InSocketMode_Answer404(string path)
    {
        await using var host = await SocketModeHost.StartAsync();

        using var response = await host.Client.PostAsync(path, new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string?> Values(string? notes) =>
        new() { ["notes"] = notes, ["environment"] = "production", ["window"] = "Sat 06:00-08:00 UTC", ["flag"] = null };

    private const string SocketDown = "Slack Socket Mode socket is down";

    private static bool SaysSocketDown(JsonNode body) =>
        body["reasons"] is JsonArray reasons && reasons.Any(reason => reason?.GetValue<string>().StartsWith(SocketDown, StringComparison.Ordinal) == true);

    /// <summary>Polls /readyz until it answers <paramref name="wanted"/> (and, if given, a body <paramref name="matching"/>), for at most 30 s.</summary>
    private static async Task<JsonNode> WaitForReadyzAsync(SocketModeHost host, HttpStatusCode wanted, Func<JsonNode, bool>? matching = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var response = await host.Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            if (response.StatusCode == wanted && (matching?.Invoke(body) ?? true))
            {
                return body;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"/readyz never answered {wanted}; last: {(int)response.StatusCode} {body.ToJsonString()}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
