using System.Net.Http.Headers;
using System.Text;
using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;
using DeployBot.Slack.Security;
using DeployBot.Testing.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace DeployBot.Slack.Tests.Support;

/// <summary>
/// The Slack adapter in a small real web app on loopback: AddSlackChannel/MapSlackEndpoints pointed at the fake Slack API,
/// with a substituted engine and an in-memory deduplicator. Requests are signed for real.
/// </summary>
internal sealed class SlackTestApp : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789";

    private readonly WebApplication _app;

    private SlackTestApp(WebApplication app, FakeSlackApi slack, IConversationEngine engine, InMemoryDeduplicator deduplicator, HttpClient client)
    {
        _app = app;
        Slack = slack;
        Engine = engine;
        Deduplicator = deduplicator;
        Client = client;
    }

    public FakeSlackApi Slack { get; }

    public IConversationEngine Engine { get; }

    public InMemoryDeduplicator Deduplicator { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SlackTestApp> StartAsync(bool configureSlack = true, TimeProvider? time = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        if (configureSlack)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:BotToken"] = slack.BotToken,
                ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            });
        }

        var engine = Substitute.For<IConversationEngine>();
        var deduplicator = new InMemoryDeduplicator();
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton<IDeliveryDeduplicator>(deduplicator);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddSlackChannel();
        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SlackTestApp(app, slack, engine, deduplicator, new HttpClient { BaseAddress = new Uri(address) });
    }

    public T Get<T>()
        where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>POSTs a body signed now with the test secret, as Slack would.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, Action<HttpRequestMessage>? tweak = null)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Compute(SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        tweak?.Invoke(request);
        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, string body, Action<HttpRequestMessage>? tweak = null) =>
        PostSignedAsync(path, body, "application/x-www-form-urlencoded", tweak);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string body, Action<HttpRequestMessage>? tweak = null) =>
        PostSignedAsync(path, body, "application/json", tweak);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
