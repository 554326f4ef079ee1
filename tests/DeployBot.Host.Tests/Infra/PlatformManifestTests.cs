using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infrastructure;

namespace DeployBot.Host.Tests.Infra;

/// <summary>The Slack and Teams app manifests point at paths the host really serves.</summary>
public sealed class PlatformManifestTests
{
    /// <summary>The Bot Framework messaging endpoint of CONTRACT.md.</summary>
    private const string MessagingEndpoint = "/api/messages";

    [Fact]
    public async Task SlackManifest_EveryRequestUrl_IsAPathTheHostServesWhenSlackIsConfigured()
    {
        var manifest = RepositoryFiles.Document("infra/slack/manifest.yml");
        var urls = new[]
        {
            (string)manifest["features"]!["slash_commands"]![0]!["url"]!,
            (string)manifest["settings"]!["event_subscriptions"]!["request_url"]!,
            (string)manifest["settings"]!["interactivity"]!["request_url"]!,
        };
        await using var app = new DeployBotApplication(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "manifest-test-secret",
            ["Slack:BotToken"] = "xoxb-manifest-test",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        });
        using var client = app.CreateClient();

        foreach (var url in urls)
        {
            // Unsigned, so refused: 401 proves the route exists (an unknown path would be 404).
            using var response = await client.PostAsync(new Uri(url).AbsolutePath, new StringContent("x=1"), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{url} answered {(int)response.StatusCode}");
        }

        Assert.Equal(["/slack/commands", "/slack/events", "/slack/interactivity"], urls.Select(u => new Uri(u).AbsolutePath));
    }

    [Fact]
    public void TeamsManifest_IconsExist_AndTheSetupNotesUseTheHostsMessagingEndpoint()
    {
        var manifest = RepositoryFiles.Document("infra/teams/manifest.json");
        var notes = RepositoryFiles.Text("infra/teams/README.md");

        Assert.True(File.Exists(RepositoryFiles.PathOf("infra/teams/" + (string)manifest["icons"]!["color"]!)));
        Assert.True(File.Exists(RepositoryFiles.PathOf("infra/teams/" + (string)manifest["icons"]!["outline"]!)));
        Assert.NotEmpty(manifest["bots"]!.AsArray());
        Assert.Contains($"https://<your host>{MessagingEndpoint}", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsMessagingEndpoint_IsServed()
    {
        await using var app = new DeployBotApplication(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = "00000000-0000-0000-0000-00000000abcd",
            ["Teams:AppPassword"] = "manifest-test-password",
        });
        using var client = app.CreateClient();

        using var response = await client.PostAsync(MessagingEndpoint, JsonContent(new JsonObject { ["type"] = "message" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
