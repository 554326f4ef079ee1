using System.Net;
using DeployBot.Core.Conversations;
using DeployBot.WebConsole;
using DeployBot.WebConsole.Feed;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace DeployBot.WebConsole.Tests.Infrastructure;

/// <summary>
/// The console alone on a real Kestrel socket (127.0.0.1, a free port), with a substitute engine: enough to test the
/// console's own HTTP behaviour without the rest of DeployBot.
/// </summary>
internal sealed class ConsoleTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConsoleTestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IConversationEngine Engine => _app.Services.GetRequiredService<IConversationEngine>();

    public ConsoleFeed Feed => _app.Services.GetRequiredService<ConsoleFeed>();

    public ConsoleChatPlatform Platform => _app.Services.GetRequiredService<ConsoleChatPlatform>();

    public IServiceProvider Services => _app.Services;

    public static async Task<ConsoleTestServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(Substitute.For<IConversationEngine>());
        builder.AddLocalConsole();

        var app = builder.Build();
        app.MapLocalConsole();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ConsoleTestServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
