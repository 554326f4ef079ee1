using DeployBot.Core.Health;
using DeployBot.Slack.SocketMode;
using DeployBot.Slack.Tests.Support;
using DeployBot.Testing.Slack;
using DeployBot.Testing.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Slack.Tests.SocketMode;

/// <summary>
/// The Slack adapter in Socket Mode (<see cref="SlackAdapterApp"/>): app token and bot token only (no signing secret), the
/// Web API and <c>apps.connections.open</c> on the loopback fake, the WebSocket on <see cref="FakeSocketModeServer"/>.
/// Backoff is shortened so reconnect tests stay quick.
/// </summary>
internal sealed class SocketModeTestApp : SlackAdapterApp
{
    private SocketModeTestApp(Started started, FakeSocketModeServer socket)
        : base(started)
    {
        Socket = socket;
    }

    public FakeSocketModeServer Socket { get; }

    /// <summary>Starts the fakes and the app; <paramref name="beforeStart"/> may script the fakes (e.g. an outage) first.</summary>
    public static async Task<SocketModeTestApp> StartAsync(Action<FakeSocketModeServer>? beforeStart = null, string appToken = FakeSocketModeServer.AppToken)
    {
        var slack = await FakeSlackApi.StartAsync();
        var socket = await FakeSocketModeServer.StartAsync(slack);
        beforeStart?.Invoke(socket);
        var started = await StartAppAsync(
            slack,
            beforeSlack: builder => builder.Services.AddSingleton(
                new SocketModeTuning { InitialBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(400) }),
            // Added after AddSlackChannel on purpose: whether Slack is on (and how) is decided from the final configuration.
            afterSlack: builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Slack:AppToken"] = appToken,
                ["Slack:BotToken"] = slack.BotToken,
                ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            }));
        return new SocketModeTestApp(started, socket);
    }

    /// <summary>What <c>/readyz</c> would list for Slack: null when the socket is up.</summary>
    public Task<string?> ReadinessAsync() =>
        Services.GetServices<IReadinessCheck>().Single(check => check is SocketModeReadinessCheck).CheckAsync(TestContext.Current.CancellationToken);

    protected override ValueTask DisposeOtherFakesAsync() => Socket.DisposeAsync();
}
