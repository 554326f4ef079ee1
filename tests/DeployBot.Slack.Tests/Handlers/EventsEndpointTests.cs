using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Slack.Tests.Support;
using NSubstitute;

namespace DeployBot.Slack.Tests.Handlers;

public sealed class EventsEndpointTests : IAsyncLifetime
{
    private const string PlanTs = "1718000001.000001";

    private SlackTestApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await SlackTestApp.StartAsync();
        _app.Engine.HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", "Answering."));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        var response = await _app.PostJsonAsync("/slack/events", Payloads.Text("url-verification-docs.json"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task ThreadMessage_MentioningTheBot_GoesToTheEngineAsAQuestionInThePlansThread()
    {
        var envelope = SlackBodies.ThreadMessage("Ev1", "C0RELEASES1", PlanTs, "1718000050.000100", "<@U0DEPLOYBOT> when does step 3 run? &lt;now&gt;");

        var response = await _app.PostJsonAsync("/slack/events", envelope.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _app.Engine.Received(1).HandleThreadMessageAsync(
            Arg.Is<ThreadMessage>(m => m.Thread == new ThreadRef("slack", "C0RELEASES1", PlanTs) && m.Author.UserId == "U222"
                && m.Text == "when does step 3 run? &lt;now&gt;" && m.DeliveryId.Length > 0),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RetriedEvent_SameEventId_IsAnswered200AndProcessedOnce()
    {
        var body = SlackBodies.ThreadMessage("Ev2", "C0RELEASES1", PlanTs, "1718000060.000100", "what is the rollback?").ToJsonString();

        var first = await _app.PostJsonAsync("/slack/events", body);
        var retry = await _app.PostJsonAsync("/slack/events", body, request =>
        {
            request.Headers.Add("X-Slack-Retry-Num", "1");
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        await _app.Engine.Received(1).HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task AppMentionAndMessage_ForTheSameMessage_AreProcessedOnce()
    {
        var mention = SlackBodies.ThreadMessage("Ev3a", "C0RELEASES1", PlanTs, "1718000070.000100", "<@U0DEPLOYBOT> who approves?", type: "app_mention");
        var message = SlackBodies.ThreadMessage("Ev3b", "C0RELEASES1", PlanTs, "1718000070.000100", "<@U0DEPLOYBOT> who approves?");

        await _app.PostJsonAsync("/slack/events", mention.ToJsonString());
        await _app.PostJsonAsync("/slack/events", message.ToJsonString());

        await _app.Engine.Received(1).HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("own")]
    [InlineData("bot")]
    [InlineData("message_changed")]
    [InlineData("message_deleted")]
    [InlineData("top-level")]
    public async Task Event_NotAPersonsThreadMessage_IsIgnored(string kind)
    {
        var envelope = SlackBodies.ThreadMessage($"Ev-{kind}", "C0RELEASES1", PlanTs, "1718000080.000100", "text");
        var inner = envelope["event"]!.AsObject();
        switch (kind)
        {
            case "own": inner["user"] = "U0DEPLOYBOT"; break;
            case "bot": inner["bot_id"] = "B0OTHERBOT"; break;
            case "top-level": inner.Remove("thread_ts"); break;
            default: inner["subtype"] = kind; break;
        }

        var response = await _app.PostJsonAsync("/slack/events", envelope.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _app.Engine.DidNotReceive().HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ThreadMessage_Refused_TellsTheAuthorInTheThread()
    {
        _app.Engine.HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>()).Returns(new Refused("That question is too long."));

        await _app.PostJsonAsync("/slack/events", SlackBodies.ThreadMessage("Ev5", "C0RELEASES1", PlanTs, "1718000090.000100", "why?").ToJsonString());

        var told = await _app.Slack.WaitForCallAsync("chat.postEphemeral", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(("C0RELEASES1", "U222", PlanTs, "That question is too long."), (told["channel"], told["user"], told["thread_ts"], told["text"]));
    }
}
