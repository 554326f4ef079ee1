using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Host.Tests.Slack;
using DeployBot.Testing.Slack;
using DeployBot.Testing.Slack.SocketMode;

namespace DeployBot.Host.Tests.SlackSocketMode;

/// <summary>
/// The real host with Slack in Socket Mode: app token and bot token only (no signing secret, no public URL), the Web API
/// and <c>apps.connections.open</c> on the loopback fake, the WebSocket on <see cref="FakeSocketModeServer"/>.
/// </summary>
internal sealed class SocketModeHost : IAsyncDisposable
{
    private SocketModeHost(FakeSlackApi slack, FakeSocketModeServer socket, DeployBotApplication app, HttpClient client)
    {
        Slack = slack;
        Socket = socket;
        App = app;
        Client = client;
    }

    public FakeSlackApi Slack { get; }

    public FakeSocketModeServer Socket { get; }

    public DeployBotApplication App { get; }

    /// <summary>A client for the host's own HTTP surface (<c>/readyz</c>, the now-unmapped <c>/slack/*</c>).</summary>
    public HttpClient Client { get; }

    public static async Task<SocketModeHost> StartAsync(Action<FakeSocketModeServer>? beforeStart = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        var socket = await FakeSocketModeServer.StartAsync(slack);
        beforeStart?.Invoke(socket);
        var app = new DeployBotApplication(new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = FakeSocketModeServer.AppToken,
            ["Slack:BotToken"] = slack.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        var client = app.CreateClient();
        return new SocketModeHost(slack, socket, app, client);
    }

    /// <summary>A <c>/deploy-plan</c> slash_commands payload with every field Slack sends, as JSON (the HTTP form's fields).</summary>
    public static JsonObject Command(string text, string responseUrl, string triggerId) => new()
    {
        ["token"] = "verification-token", ["team_id"] = FakeSlackApi.TeamId, ["team_domain"] = "fake",
        ["channel_id"] = SlackHost.AskedFrom, ["channel_name"] = "dev-team", ["user_id"] = SlackHost.RequesterId, ["user_name"] = "asker",
        ["command"] = "/deploy-plan", ["text"] = text, ["api_app_id"] = "A0DEPLOYBOT", ["is_enterprise_install"] = "false",
        ["response_url"] = responseUrl, ["trigger_id"] = triggerId,
    };

    /// <summary>The view_submission payload the HTTP tests post as a form, here as the envelope's JSON payload.</summary>
    public static JsonObject Submission(JsonObject openedView, string triggerId, IReadOnlyDictionary<string, string?> values)
    {
        var form = SlackPayloads.ViewSubmission(openedView, "V0MODAL01", triggerId, values);
        return (JsonObject)JsonNode.Parse(Uri.UnescapeDataString(form["payload=".Length..]))!;
    }

    /// <summary>The plan's final message: the chat.update that replaced the drafting placeholder in the release channel.</summary>
    public Task<SlackApiCall> WaitForPlanAsync(Func<SlackApiCall, bool>? match = null) =>
        Slack.WaitForCallAsync("chat.update", call => call["channel"] == SlackHost.ReleaseChannel && (match?.Invoke(call) ?? true), TimeSpan.FromSeconds(45), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Socket.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
