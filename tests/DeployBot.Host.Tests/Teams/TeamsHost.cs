using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Testing.Teams;

namespace DeployBot.Host.Tests.Teams;

/// <summary>The real host with Teams pointed at a local token issuer and a fake Bot Framework connector; requests carry real RS256 tokens.</summary>
internal sealed class TeamsHost : IAsyncDisposable
{
    public const string ReleaseChannel = "19:production-releases@thread.tacv2";
    public const string OnCallId = "oncall-prod@example.com";
    public const string OnCallName = "Production On-Call";

    private TeamsHost(LocalTokenIssuer issuer, FakeBotConnector connector, DeployBotApplication app, HttpClient client)
    {
        Issuer = issuer;
        Connector = connector;
        App = app;
        Client = client;
        Activities = new TeamsActivities(connector.ServiceUrl, issuer.AppId);
    }

    public LocalTokenIssuer Issuer { get; }

    public FakeBotConnector Connector { get; }

    public DeployBotApplication App { get; }

    public HttpClient Client { get; }

    public TeamsActivities Activities { get; }

    public static async Task<TeamsHost> StartAsync(IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var issuer = await LocalTokenIssuer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var connector = await FakeBotConnector.StartAsync(TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["Teams:AppId"] = issuer.AppId,
            ["Teams:AppPassword"] = issuer.AppPassword,
            ["Teams:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Teams:TokenEndpoint"] = issuer.TokenEndpoint,
            ["Environments:production:ReleaseChannel:Teams"] = ReleaseChannel,
            ["Environments:production:OnCall:Teams:Id"] = OnCallId,
            ["Environments:production:OnCall:Teams:Name"] = OnCallName,
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = new DeployBotApplication(settings);
        return new TeamsHost(issuer, connector, app, app.CreateClient());
    }

    /// <summary>Posts an activity as the Bot Connector would: with a fresh token whose serviceurl claim matches.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Issuer.MintToken(Connector.ServiceUrl));
        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match) =>
        Connector.WaitForAsync(match, TimeSpan.FromSeconds(45), TestContext.Current.CancellationToken);

    /// <summary>The plan card replacing the drafting card in the release channel thread.</summary>
    public Task<ConnectorCall> WaitForPlanAsync() =>
        WaitForAsync(call => call.Operation == ConnectorOperations.UpdateActivity
            && call.ConversationId?.StartsWith(ReleaseChannel + ";messageid=", StringComparison.Ordinal) == true
            && call.Visible.Contains("Deployment Steps", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
