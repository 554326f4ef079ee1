using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;
using DeployBot.Testing.Teams;
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

namespace DeployBot.Teams.Tests.Infrastructure;

/// <summary>
/// The Teams adapter alone in a real Kestrel host on loopback, wired exactly as the product wires it
/// (<c>AddTeamsChannel</c>/<c>MapTeamsEndpoint</c>), with a substitute engine, a local token issuer and a fake connector.
/// </summary>
internal sealed class TeamsBot : IAsyncDisposable
{
    private readonly HttpClient _http;

    private TeamsBot(WebApplication app, LocalTokenIssuer issuer, FakeBotConnector connector, Uri root, IConversationEngine engine)
    {
        App = app;
        Issuer = issuer;
        Connector = connector;
        Engine = engine;
        Activities = new TeamsActivities(connector.ServiceUrl, issuer.AppId);
        _http = new HttpClient { BaseAddress = root };
    }

    public WebApplication App { get; }

    public LocalTokenIssuer Issuer { get; }

    public FakeBotConnector Connector { get; }

    public IConversationEngine Engine { get; }

    public TeamsActivities Activities { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress => _http.BaseAddress!;

    public static async Task<TeamsBot> StartAsync(bool emulatorMode = false, IDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var issuer = await LocalTokenIssuer.StartAsync(cancellationToken: cancellationToken);
        var connector = await FakeBotConnector.StartAsync(cancellationToken);
        var engine = Substitute.For<IConversationEngine>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = emulatorMode ? string.Empty : issuer.AppId,
            ["Teams:AppPassword"] = emulatorMode ? string.Empty : issuer.AppPassword,
            ["Teams:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Teams:TokenEndpoint"] = issuer.TokenEndpoint,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddTeamsChannel();
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton<IDeliveryDeduplicator, InMemoryDeduplicator>();
        var app = builder.Build();
        app.MapTeamsEndpoint();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TeamsBot(app, issuer, connector, new Uri(address), engine);
    }

    /// <summary>Posts an activity with a valid token for its serviceUrl (or the given token, or none when null is passed explicitly).</summary>
    public Task<HttpResponseMessage> PostAsync(JsonNode activity, CancellationToken cancellationToken) =>
        PostAsync(activity, Issuer.MintToken((string?)activity["serviceUrl"] ?? Connector.ServiceUrl), cancellationToken);

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _http.SendAsync(request, cancellationToken);
    }

    /// <summary>Loads a payload from Payloads/, with this bot's service URL and bot id filled in.</summary>
    public JsonObject Payload(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name))
            .Replace("{{serviceUrl}}", Connector.ServiceUrl, StringComparison.Ordinal)
            .Replace("{{botId}}", Activities.BotId, StringComparison.Ordinal);
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
