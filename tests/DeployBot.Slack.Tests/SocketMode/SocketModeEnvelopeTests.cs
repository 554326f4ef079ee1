using System.Net;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Slack.Tests.Handlers;
using DeployBot.Testing.Slack.SocketMode;
using NSubstitute;

namespace DeployBot.Slack.Tests.SocketMode;

/// <summary>Each envelope type reaches the same handler as over HTTP and is acknowledged with the answer Slack accepts.</summary>
public sealed class SocketModeEnvelopeTests : IAsyncLifetime
{
    private SocketModeTestApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await SocketModeTestApp.StartAsync();
        await _app.Socket.WaitForConnectionsAsync(1);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SlashCommand_AllArguments_AcknowledgedWithTheEphemeralReplyAsPayload_AndItsLatencyRecorded()
    {
        using var latency = new MeasurementRecorder("deploybot.slack.socket.envelope.duration");
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>())
            .Returns(new Accepted("plan-1", "Drafting the production plan — it will appear in <#C0RELEASES1>"));
        var responseUrl = _app.Slack.NewResponseUrl();

        var id = await _app.Socket.SendAsync("slash_commands", SocketEnvelopes.SlashCommand("NOTES=\"fix & ship\" ENVIRONMENT=production", "1.2.trigger", responseUrl));

        var ack = await _app.Socket.WaitForAckAsync(id);
        Assert.Equal("ephemeral", ack.PayloadString("response_type"));
        Assert.Equal("Drafting the production plan — it will appear in <#C0RELEASES1>", ack.PayloadString("text"));
        await _app.Engine.Received(1).StartAsync(
            Arg.Is<StartRequest>(r => r.ArgumentText == "NOTES=\"fix & ship\" ENVIRONMENT=production"
                && r.Requester == new Requester("slack", SocketEnvelopes.UserId, "testxyz", SocketEnvelopes.ChannelId, responseUrl)
                && r.DeliveryId == "slack:command:1.2.trigger"),
            Arg.Any<CancellationToken>());
        var open = Assert.Single(_app.Slack.CallsTo("apps.connections.open"));
        Assert.Equal($"Bearer {FakeSocketModeServer.AppToken}", open.Authorization);
        Assert.True(await latency.SawAsync("type", "slash_commands"), "envelope latency recorded by type");
    }

    [Fact]
    public async Task SlashCommand_MissingParameter_OpensTheModalWithItsTriggerAndAcknowledgesWithoutPayload()
    {
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(SlashCommandEndpointTests.Form()));

        var id = await _app.Socket.SendAsync("slash_commands", SocketEnvelopes.SlashCommand("ENVIRONMENT=production", "3.4.trigger", _app.Slack.NewResponseUrl()));

        var ack = await _app.Socket.WaitForAckAsync(id);
        Assert.Null(ack.Payload);
        var open = Assert.Single(_app.Slack.CallsTo("views.open"));
        Assert.Equal("3.4.trigger", open["trigger_id"]);
        Assert.Equal($"Bearer {_app.Slack.BotToken}", open.Authorization);
    }

    [Fact]
    public async Task ViewSubmission_FieldErrors_AcknowledgedWithResponseActionErrorsByBlockId()
    {
        var form = SlashCommandEndpointTests.Form();
        var withErrors = form with { Fields = [form.Fields[0] with { Error = "Release notes are required." }, .. form.Fields.Skip(1)] };
        _app.Engine.SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(withErrors));

        var id = await _app.Socket.SendAsync("interactive", SocketEnvelopes.Submission(_app.Slack.NewResponseUrl(), notes: null, "5.6.trigger"));

        var ack = await _app.Socket.WaitForAckAsync(id);
        Assert.Equal("errors", ack.PayloadString("response_action"));
        Assert.Equal("Release notes are required.", ack.Payload!["errors"]!["notes"]!.GetValue<string>());
        await _app.Engine.Received(1).SubmitFormAsync(
            Arg.Is<SubmitForm>(s => s.FormId == "form-1" && s.Values[RequestField.Notes] == null && s.Requester.UserId == SocketEnvelopes.UserId),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task MentionInThread_AndItsRetry_HandledOnceAndBothAcknowledged()
    {
        _app.Engine.HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", string.Empty));
        var payload = SocketEnvelopes.MentionInThread("Ev0THREAD1", "1718000001.000100", "1718000009.000200", "what is step 3 for?");

        var first = await _app.Socket.SendAsync("events_api", payload);
        await _app.Socket.WaitForAckAsync(first);
        var retry = await _app.Socket.SendAsync("events_api", payload);
        await _app.Socket.WaitForAckAsync(retry);

        await _app.Engine.Received(1).HandleThreadMessageAsync(
            Arg.Is<ThreadMessage>(m => m.Thread.ThreadId == "1718000001.000100" && m.Text == "what is step 3 for?" && m.Author.UserId == "U222"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RetriedCommandAlreadyHandledElsewhere_AcknowledgedWithoutHandlingItAgain()
    {
        // What a replica that handled the first attempt (or this process before a restart) left in the shared store.
        await _app.Deduplicator.TryMarkAsync("slack:socket:slash_commands:other.1", TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        var id = await _app.Socket.SendAsync("slash_commands", SocketEnvelopes.SlashCommand("NOTES=\"x\" ENVIRONMENT=production", "other.1", _app.Slack.NewResponseUrl()));

        Assert.Null((await _app.Socket.WaitForAckAsync(id)).Payload);
        Assert.Empty(_app.Engine.ReceivedCalls());
        Assert.Empty(_app.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task UnreadableSlashCommand_StillAcknowledgedSoSlackDoesNotResendIt()
    {
        var id = await _app.Socket.SendAsync("slash_commands", new() { ["command"] = "/deploy-plan", ["text"] = "ENVIRONMENT=production" });

        var ack = await _app.Socket.WaitForAckAsync(id);

        Assert.Null(ack.Payload);
        Assert.Empty(_app.Engine.ReceivedCalls());
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactivity")]
    [InlineData("/slack/events")]
    public async Task HttpEndpoints_InSocketMode_Answer404(string path)
    {
        using var response = await _app.Client.PostAsync(path, new StringContent("token=x&text=y"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
