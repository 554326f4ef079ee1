using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Testing.Slack.SocketMode;

/// <summary>
/// Slack's Socket Mode on loopback: <c>apps.connections.open</c> on the fake Web API (app token only, a single-use
/// <c>ws://127.0.0.1:…/link/?ticket=…</c> URL each time) and a Kestrel WebSocket endpoint that says <c>hello</c>, sends
/// envelopes to the newest connection, records acknowledgements, and re-sends (<c>retry_attempt</c> + 1,
/// <c>retry_reason: timeout</c>) any envelope not acknowledged within <see cref="AckTimeout"/> or whose connection died.
/// Tests script the rest: <see cref="DisconnectAsync"/>, <see cref="Drop"/>, <see cref="LoseNextAckOf"/>, outages.
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    public const string AppToken = "xapp-1-A0DEPLOYBOT-1-fakeapptoken";

    /// <summary>Slack re-sends an unacknowledged envelope up to 3 times.</summary>
    public const int MaxRetries = 3;

    private readonly WebApplication _app;
    private readonly SocketModeLedger _ledger = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _redelivery;
    private bool _available = true;

    private FakeSocketModeServer(WebApplication app)
    {
        _app = app;
        _redelivery = RedeliverAsync(_stop.Token);
    }

    public Uri Root { get; private set; } = null!;

    /// <summary>How long an envelope may go unacknowledged before it is re-sent (Slack: about 3 seconds).</summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public IReadOnlyList<SentEnvelope> Sent => _ledger.SentSnapshot();

    public IReadOnlyList<ReceivedAck> Acks => _ledger.AckSnapshot();

    public IReadOnlyList<SocketConnectionInfo> Connections => _ledger.ConnectionSnapshot();

    /// <summary>How many times <c>apps.connections.open</c> was called with the app token.</summary>
    public int UrlsIssued => _ledger.UrlsIssued;

    public static async Task<FakeSocketModeServer> StartAsync(FakeSlackApi slack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slack);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeSocketModeServer(app);
        app.UseWebSockets();
        app.Map("/link", server.AcceptAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        slack.Answer("apps.connections.open", server.OpenConnection);
        return server;
    }

    /// <summary>While false, <c>/link</c> refuses connections (503) and every open one is dropped: Slack is unreachable.</summary>
    public void SetAvailable(bool available)
    {
        _available = available;
        if (!available)
        {
            foreach (var connection in _ledger.OpenConnections())
            {
                connection.Drop();
            }
        }
    }

    /// <summary>Sends an envelope to the newest open connection (or the next one to open); returns its envelope_id.</summary>
    public async Task<string> SendAsync(string type, JsonObject payload, bool? acceptsResponsePayload = null)
    {
        var envelope = new SentEnvelope(Guid.NewGuid().ToString(), type, payload, acceptsResponsePayload ?? type is "slash_commands" or "interactive", 0, 0);
        await _ledger.DeliverAsync(envelope);
        return envelope.EnvelopeId;
    }

    /// <summary>The next acknowledgement of <paramref name="envelopeId"/> is "lost": recorded as ignored, so the envelope is re-sent after the timeout.</summary>
    public void LoseNextAckOf(string envelopeId) => _ledger.LoseNextAck(envelopeId);

    /// <summary>Sends <c>{"type":"disconnect","reason":…}</c> on the newest open connection; the bot should open another.</summary>
    public Task DisconnectAsync(string reason = "refresh_requested") => _ledger.SendDisconnectAsync(reason);

    /// <summary>Cuts the newest open connection without a close handshake.</summary>
    public void Drop() => _ledger.Newest()?.Drop();

    /// <summary>Waits (polling, bounded) for an acknowledgement of <paramref name="envelopeId"/> that was not ignored.</summary>
    public Task<ReceivedAck> WaitForAckAsync(string envelopeId, TimeSpan? timeout = null) =>
        Poll.UntilAsync(() => Acks.FirstOrDefault(ack => ack.EnvelopeId == envelopeId && !ack.Ignored), timeout, $"no acknowledgement of {envelopeId}");

    /// <summary>Waits until <paramref name="count"/> connections have said hello (ever).</summary>
    public Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null) =>
        Poll.UntilAsync(() => Connections.Count >= count ? Connections : null, timeout, $"fewer than {count} connections");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _redelivery;
        foreach (var connection in _ledger.OpenConnections())
        {
            connection.Drop();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _stop.Dispose();
    }

    private JsonObject OpenConnection(SlackApiCall call)
    {
        if (call.Authorization != $"Bearer {AppToken}")
        {
            return new JsonObject { ["ok"] = false, ["error"] = call.Authorization?.StartsWith("Bearer xoxb-", StringComparison.Ordinal) == true ? "not_allowed_token_type" : "invalid_auth" };
        }

        var ticket = _ledger.IssueTicket();
        return new JsonObject { ["ok"] = true, ["url"] = new Uri(Root, $"link/?ticket={ticket}").ToString().Replace("http://", "ws://", StringComparison.Ordinal) };
    }

    private async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest || !_available || !_ledger.UseTicket(http.Request.Query["ticket"].ToString()))
        {
            http.Response.StatusCode = !_available ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = _ledger.Open(socket, http);
        await connection.SendAsync(SocketModeFrames.Hello(_ledger.OpenConnections().Count, connection.Id));
        await _ledger.FlushWaitingAsync();
        await connection.RunAsync(frame => _ledger.Acknowledge(frame, connection.Id), _stop.Token);
    }

    private async Task RedeliverAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await _ledger.RedeliverOverdueAsync(AckTimeout, MaxRetries);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }
}
