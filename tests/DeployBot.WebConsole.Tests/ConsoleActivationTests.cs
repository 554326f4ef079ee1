using System.Net;
using DeployBot.WebConsole.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace DeployBot.WebConsole.Tests;

public sealed class ConsoleActivationTests
{
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("xoxb-1", null, null, false)]
    [InlineData(null, "app-id", null, false)]
    [InlineData("xoxb-1", null, "true", true)]
    [InlineData(null, null, "false", false)]
    public void IsEnabled_PlatformsAndSetting_OnOnlyWithoutAPlatformUnlessSet(string? slackToken, string? teamsAppId, string? enabled, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = slackToken,
            ["Teams:AppId"] = teamsAppId,
            ["Console:Enabled"] = enabled,
        }).Build();

        Assert.Equal(expected, ConsoleActivation.IsEnabled(configuration));
    }

    [Fact]
    public async Task GetRoot_PlatformConfigured_IsNotServed()
    {
        await using var server = await ConsoleTestServer.StartAsync(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-configured" });

        using var response = await server.Client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
