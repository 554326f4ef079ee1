using System.Net;
using System.Text;
using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Host.Tests.Slack;
using DeployBot.Testing.Teams;

namespace DeployBot.Host.Tests.Security;

/// <summary>Issue 19 item 1: the token-less emulator endpoint exists only where it was asked for, and trusts no unknown caller.</summary>
public sealed class TeamsExposureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiMessages_OnASlackOnlyHost_Is404()
    {
        await using var host = await SlackHost.StartAsync();

        using var response = await PostUnsignedActivityAsync(host.Client);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ApiMessages_SlackHostThatAsksForEmulatorMode_IsMappedButRefusesACallerWithNoAddress()
    {
        await using var app = new DeployBotApplication(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "secret-for-emulator-test",
            ["Slack:BotToken"] = "xoxb-emulator-test",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
            ["Teams:EmulatorMode"] = "true",
        });
        using var client = app.CreateClient();

        using var response = await PostUnsignedActivityAsync(client);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiMessages_NothingConfigured_CallerWithoutARemoteAddressIsNotLocal()
    {
        // The in-memory test server has no remote address, like some proxies and transports: that is not "loopback".
        await using var app = new DeployBotApplication();
        using var client = app.CreateClient();

        using var response = await PostUnsignedActivityAsync(client);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostUnsignedActivityAsync(HttpClient client)
    {
        var activity = new TeamsActivities("http://127.0.0.1:9/", "00000000-0000-0000-0000-0000000000a1").Personal("help");
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.PostAsync("/api/messages", content, Ct);
    }
}
