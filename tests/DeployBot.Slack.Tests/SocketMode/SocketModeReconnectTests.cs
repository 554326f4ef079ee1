using DeployBot.Core.Conversations;
using DeployBot.Testing.Slack.SocketMode;
using NSubstitute;

namespace DeployBot.Slack.Tests.SocketMode;

/// <summary>The real life of a socket: refreshes, lost acknowledgements, network drops, outages. No envelope lost, none handled twice.</summary>
public sealed class SocketModeReconnectTests
{
    [Fact]
    public async Task DisconnectInTheMiddleOfABurst_EveryCommandHandledExactlyOnce_NextConnectionOpenBeforeTheOldCloses()
    {
        await using var app = await SocketModeTestApp.StartAsync();
        AcceptEverything(app);
        await app.Socket.WaitForConnectionsAsync(1);

        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            if (i == 10)
            {
                await app.Socket.DisconnectAsync("refresh_requested");
            }

            ids.Add(await app.Socket.SendAsync("slash_commands", SocketEnvelopes.SlashCommand($"NOTES=\"release {i}\" ENVIRONMENT=production", $"burst.{i}", app.Slack.NewResponseUrl())));
        }

        foreach (var id in ids)
        {
            await app.Socket.WaitForAckAsync(id);
        }

        var deliveries = StartedDeliveries(app);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"slack:command:burst.{i}").Order(), deliveries.Order());
        var connections = await WaitForClosedAsync(app, 1);
        Assert.Equal("bot", connections[0].ClosedBy);
        Assert.True(connections[1].OpenedAt < connections[0].ClosedAt, "the next connection opened before the old one closed");
        Assert.Null(await app.ReadinessAsync());
    }

    [Fact]
    public async Task AckNotReceivedInTime_EnvelopeResentWithRetryAttempt_HandledOnceAndAnsweredTheSameAgain()
    {
        await using var app = await SocketModeTestApp.StartAsync();
        app.Socket.AckTimeout = TimeSpan.FromMilliseconds(500);
        AcceptEverything(app);
        await app.Socket.WaitForConnectionsAsync(1);
        var payload = SocketEnvelopes.SlashCommand("NOTES=\"x\" ENVIRONMENT=production", "late.1", app.Slack.NewResponseUrl());

        var envelopeId = await SendLosingFirstAckAsync(app, payload);
        var ack = await app.Socket.WaitForAckAsync(envelopeId);

        // Slack resends with retry_attempt 1, 2, … for as long as no ack arrives in time; on a loaded machine the second ack
        // can be late too, so more than one resend is allowed. Every resend is answered the same and handled once.
        var attempts = app.Socket.Sent.Where(sent => sent.EnvelopeId == envelopeId).Select(sent => sent.RetryAttempt).ToArray();
        Assert.True(attempts.Length >= 2, $"resent {attempts.Length - 1} times");
        Assert.Equal(Enumerable.Range(0, attempts.Length), attempts);
        var acks = app.Socket.Acks.Where(a => a.EnvelopeId == envelopeId).ToArray();
        Assert.True(acks.Length >= 2, $"{acks.Length} acks");
        Assert.All(acks, each => Assert.Equal(acks[0].Payload!.ToJsonString(), each.Payload!.ToJsonString()));
        Assert.Equal(acks[0].Payload!.ToJsonString(), ack.Payload!.ToJsonString());
        Assert.Equal(["slack:command:late.1"], StartedDeliveries(app));
    }

    [Fact]
    public async Task ConnectionDropsWhileAnEnvelopeIsHandled_ItComesBackOnTheNextConnection_HandledOnce()
    {
        await using var app = await SocketModeTestApp.StartAsync();
        var release = new TaskCompletionSource<EngineReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(_ =>
        {
            started.TrySetResult();
            return release.Task;
        });
        await app.Socket.WaitForConnectionsAsync(1);

        var id = await app.Socket.SendAsync("slash_commands", SocketEnvelopes.SlashCommand("NOTES=\"x\" ENVIRONMENT=production", "drop.1", app.Slack.NewResponseUrl()));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        app.Socket.Drop();
        release.SetResult(new Accepted("plan-1", "Drafting the production plan"));

        var ack = await app.Socket.WaitForAckAsync(id);
        Assert.Equal(2, ack.Connection);
        Assert.Equal("Drafting the production plan", ack.PayloadString("text"));
        Assert.Contains(app.Socket.Sent, sent => sent.EnvelopeId == id && sent.RetryAttempt == 1 && sent.Connection == 2);
        Assert.Equal(["slack:command:drop.1"], StartedDeliveries(app));
    }

    [Fact]
    public async Task SlackUnreachableAtStart_ReadinessSaysTheSocketIsDown_ThenUpOnceSlackAnswers()
    {
        await using var app = await SocketModeTestApp.StartAsync(socket => socket.SetAvailable(false));

        var down = await PollAsync(async () => await app.ReadinessAsync() is { } problem && problem.Contains("down", StringComparison.Ordinal) ? problem : null);
        Assert.StartsWith("Slack Socket Mode socket is down since", down, StringComparison.Ordinal);
        app.Socket.SetAvailable(true);

        await app.Socket.WaitForConnectionsAsync(1);
        Assert.Equal("up", await PollAsync(async () => await app.ReadinessAsync() is null ? "up" : null));
        Assert.True(app.Socket.UrlsIssued >= 2, "a fresh URL is asked for on every attempt");
    }

    [Fact]
    public async Task NetworkDrop_Reconnects_AndTheNextEnvelopeIsHandled()
    {
        await using var app = await SocketModeTestApp.StartAsync();
        AcceptEverything(app);
        await app.Socket.WaitForConnectionsAsync(1);

        app.Socket.Drop();
        await app.Socket.WaitForConnectionsAsync(2);
        var id = await app.Socket.SendAsync("slash_commands", SocketEnvelopes.SlashCommand("NOTES=\"x\" ENVIRONMENT=production", "after.drop", app.Slack.NewResponseUrl()));

        var ack = await app.Socket.WaitForAckAsync(id);
        Assert.Equal(2, ack.Connection);
        Assert.Equal(["slack:command:after.drop"], StartedDeliveries(app));
    }

    [Fact]
    public async Task TooManyWebsockets_ClosesThisConnectionFirst_ThenReconnects_AndCountsTheReconnect()
    {
        using var reconnects = new MeasurementRecorder("deploybot.slack.socket.reconnects");
        await using var app = await SocketModeTestApp.StartAsync();
        await app.Socket.WaitForConnectionsAsync(1);

        await app.Socket.DisconnectAsync("too_many_websockets");
        await app.Socket.WaitForConnectionsAsync(2);

        var connections = app.Socket.Connections;
        Assert.Equal("bot", connections[0].ClosedBy);
        Assert.True(connections[0].ClosedAt <= connections[1].OpenedAt, "the old connection closed before the next opened (no extra socket past Slack's limit)");
        Assert.True(await reconnects.SawAsync("reason", "too_many_websockets"), "the reconnect counted with Slack's reason");
    }

    private static async Task<string> SendLosingFirstAckAsync(SocketModeTestApp app, System.Text.Json.Nodes.JsonObject payload)
    {
        // The envelope id is only known once sent, so lose "the next ack" of whichever envelope this turns out to be:
        // hold the engine until the loss is armed.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(async _ =>
        {
            await gate.Task;
            return (EngineReply)new Accepted("plan-1", "Drafting the production plan");
        });
        var envelopeId = await app.Socket.SendAsync("slash_commands", payload);
        app.Socket.LoseNextAckOf(envelopeId);
        gate.SetResult();
        return envelopeId;
    }

    private static void AcceptEverything(SocketModeTestApp app) =>
        app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", "Drafting the production plan"));

    private static string[] StartedDeliveries(SocketModeTestApp app) =>
        app.Engine.ReceivedCalls()
            .Where(call => call.GetMethodInfo().Name == nameof(IConversationEngine.StartAsync))
            .Select(call => ((StartRequest)call.GetArguments()[0]!).DeliveryId!)
            .ToArray();

    private static Task<IReadOnlyList<SocketConnectionInfo>> WaitForClosedAsync(SocketModeTestApp app, int count) =>
        PollAsync(() => Task.FromResult(app.Socket.Connections.Count(c => c.ClosedAt is not null) >= count ? app.Socket.Connections : null));

    private static async Task<T> PollAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The expected state did not arrive within 20 s.");
    }
}
