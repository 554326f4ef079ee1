using System.Text;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Slack;

/// <summary>The real host with Slack pointed at the loopback fake, and a client that signs requests for real.</summary>
internal sealed class SlackHost : IAsyncDisposable
{
    public const string SigningSecret = "host-test-signing-secret-42";
    public const string ReleaseChannel = "C0RELEASES1";
    public const string RequesterId = "U0ASKER001";
    public const string AskedFrom = "C0DEVTEAM01";

    private SlackHost(FakeSlackApi slack, DeployBotApplication app, HttpClient client)
    {
        Slack = slack;
        App = app;
        Client = client;
    }

    public FakeSlackApi Slack { get; }

    public DeployBotApplication App { get; }

    public HttpClient Client { get; }

    /// <param name="settings">More configuration on top of Slack's (release sources pointed at a fake, say).</param>
    public static async Task<SlackHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = slack.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = new DeployBotApplication(configuration);
        var client = app.CreateDefaultClient(new SlackSigningHandler(SigningSecret));
        return new SlackHost(slack, app, client);
    }

    public string Command(string text, string responseUrl, string triggerId) =>
        Form(new()
        {
            ["token"] = "xyzz0WbapA4vBCDEFasx0q6G", ["team_id"] = FakeSlackApi.TeamId, ["team_domain"] = "fake",
            ["channel_id"] = AskedFrom, ["channel_name"] = "dev-team", ["user_id"] = RequesterId, ["user_name"] = "asker",
            ["command"] = "/deploy-plan", ["text"] = text, ["api_app_id"] = "A0DEPLOYBOT", ["is_enterprise_install"] = "false",
            ["response_url"] = responseUrl, ["trigger_id"] = triggerId,
        });

    public Task<HttpResponseMessage> PostFormAsync(string path, string body) =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> PostJsonAsync(string path, JsonNode body, string? retryNum = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The plan's final message: the chat.update that replaced the drafting placeholder in the release channel.</summary>
    public Task<SlackApiCall> WaitForPlanAsync(Func<SlackApiCall, bool>? match = null) =>
        Slack.WaitForCallAsync("chat.update", call => call["channel"] == ReleaseChannel && (match?.Invoke(call) ?? true), TimeSpan.FromSeconds(45), TestContext.Current.CancellationToken);

    public static string Form(Dictionary<string, string> fields) =>
        string.Join("&", fields.Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value).Replace("%20", "+", StringComparison.Ordinal)}"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
