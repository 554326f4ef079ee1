using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;
using DeployBot.Testing.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace DeployBot.Slack.Tests.Support;

/// <summary>
/// The Slack adapter (AddSlackChannel/MapSlackEndpoints) in a small real web app on loopback, in front of the fake Slack
/// Web API, with a substituted engine and an in-memory deduplicator. <see cref="SlackTestApp"/> (HTTP, signed requests)
/// and the Socket Mode test app differ only in how they configure it and which other fakes stand behind it.
/// </summary>
internal abstract class SlackAdapterApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    protected SlackAdapterApp(Started started)
    {
        ArgumentNullException.ThrowIfNull(started);
        _app = started.App;
        Slack = started.Slack;
        Engine = started.Engine;
        Deduplicator = started.Deduplicator;
        Client = started.Client;
    }

    public FakeSlackApi Slack { get; }

    public IConversationEngine Engine { get; }

    /// <summary>The shared delivery store; marking a key here is what another replica (or this one before a restart) would leave.</summary>
    public InMemoryDeduplicator Deduplicator { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await DisposeOtherFakesAsync();
        await Slack.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Builds and starts the app: <paramref name="beforeSlack"/> runs before <c>AddSlackChannel</c> (services,
    /// configuration), <paramref name="afterSlack"/> after it (configuration the channel must pick up late).
    /// </summary>
    protected static async Task<Started> StartAppAsync(
        FakeSlackApi slack, Action<WebApplicationBuilder>? beforeSlack = null, Action<WebApplicationBuilder>? afterSlack = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var engine = Substitute.For<IConversationEngine>();
        var deduplicator = new InMemoryDeduplicator();
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton<IDeliveryDeduplicator>(deduplicator);
        beforeSlack?.Invoke(builder);
        builder.AddSlackChannel();
        afterSlack?.Invoke(builder);
        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Started(app, slack, engine, deduplicator, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>Stops the fakes a subclass started besides the Slack Web API (stopped last).</summary>
    protected virtual ValueTask DisposeOtherFakesAsync() => ValueTask.CompletedTask;

    protected sealed record Started(WebApplication App, FakeSlackApi Slack, IConversationEngine Engine, InMemoryDeduplicator Deduplicator, HttpClient Client);
}
