using DeployBot.Core.Conversations;
using DeployBot.Core.Health;
using DeployBot.Core.Storage;
using DeployBot.Slack.SocketMode;
using DeployBot.Slack.Tests.Support;
using DeployBot.Testing.Slack;
using DeployBot.Testing.Slack.SocketMode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace DeployBot.Slack.Tests.SocketMode;

/// <summary>
/// The Slack adapter in Socket Mode in a small real web app: app token and bot token only (no signing secret), the Web
/// API and <c>apps.connections.open</c> on the loopback fake, the WebSocket on <see cref="FakeSocketModeServer"/>, a
/// substituted engine and an in-memory deduplicator. Backoff is shortened so reconnect tests stay quick.
/// </summary>
internal sealed class SocketModeTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SocketModeTestApp(WebApplication app, FakeSlackApi slack, FakeSocketModeServer socket, IConversationEngine engine, InMemoryDeduplicator deduplicator, HttpClient client)
    {
        _app = app;
        Deduplicator = deduplicator;
        Slack = slack;
        Socket = socket;
        Engine = engine;
        Client = client;
    }

    public FakeSlackApi Slack { get; }

    public FakeSocketModeServer Socket { get; }

    public IConversationEngine Engine { get; }

    public HttpClient Client { get; }

    /// <summary>The shared delivery store; marking a key here is what another replica (or this one before a restart) would leave.</summary>
    public InMemoryDeduplicator Deduplicator { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the fakes and the app; <paramref name="beforeStart"/> may script the fakes (e.g. an outage) first.</summary>
    public static async Task<SocketModeTestApp> StartAsync(Action<FakeSocketModeServer>? beforeStart = null, string appToken = FakeSocketModeServer.AppToken)
    {
        var slack = await FakeSlackApi.StartAsync();
        var socket = await FakeSocketModeServer.StartAsync(slack);
        beforeStart?.Invoke(socket);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var engine = Substitute.For<IConversationEngine>();
        builder.Services.AddSingleton(engine);
        var deduplicator = new InMemoryDeduplicator();
        builder.Services.AddSingleton<IDeliveryDeduplicator>(deduplicator);
        builder.Services.AddSingleton(new SocketModeTuning { InitialBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(400) });
        builder.AddSlackChannel();
        // Added after AddSlackChannel on purpose: whether Slack is on (and how) is decided from the final configuration.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = appToken,
            ["Slack:BotToken"] = slack.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SocketModeTestApp(app, slack, socket, engine, deduplicator, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>What <c>/readyz</c> would list for Slack: null when the socket is up.</summary>
    public Task<string?> ReadinessAsync() =>
        _app.Services.GetServices<IReadinessCheck>().Single(check => check is SocketModeReadinessCheck).CheckAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Socket.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
