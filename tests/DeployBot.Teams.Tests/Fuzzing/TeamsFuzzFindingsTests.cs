using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Teams.Tests.Infrastructure;

namespace DeployBot.Teams.Tests.Fuzzing;

/// <summary>The inputs fuzzing found answered with a 500, pinned: each now gets a 2xx or a clear 400.</summary>
public sealed class TeamsFuzzFindingsTests
{
    [Fact]
    public async Task ConversationUpdate_NullMemberInMembersAdded_IsAcknowledged()
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: TestContext.Current.CancellationToken);
        var activity = bot.Payload("conversation-update.json");
        activity["membersAdded"] = new JsonArray(null, activity["membersAdded"]![0]!.DeepClone());

        using var response = await bot.PostAsync(activity, token: null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.Calls);
    }

    [Fact]
    public async Task Message_NullEntity_IsHandledLikeNoMention()
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: TestContext.Current.CancellationToken);
        var activity = bot.Payload("channel-mention.json");
        activity["entities"] = new JsonArray((JsonNode?)null);

        using var response = await bot.PostAsync(activity, token: null, TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("a=b&c=d")]
    [InlineData("'; DROP TABLE jobs; --")]
    [InlineData("/v3/conversations")]
    [InlineData("ftp://smba.example.com/")]
    public async Task Message_ServiceUrlNotAnHttpUrl_GetsBadRequestNamingIt(string serviceUrl)
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: TestContext.Current.CancellationToken);
        var activity = bot.Payload("personal-message.json");
        activity["serviceUrl"] = serviceUrl;

        using var response = await bot.PostAsync(activity, token: null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Calls);
    }
}
