using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DeployBot.Teams.Tests.Infrastructure;
using NSubstitute;

namespace DeployBot.Teams.Tests.Security;

/// <summary>Issue 19 item 1 on a real Kestrel socket: loopback callers behind a proxy, and service URLs that carry more than a base.</summary>
public sealed class EmulatorModeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Envoy-External-Address", "203.0.113.9")]
    public async Task Post_LoopbackPeerCarryingProxyHeaders_Is401AndNothingHappens(string header, string value)
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: Ct);

        using var response = await PostAsync(bot, bot.Activities.Personal("help"), (header, value));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task Post_ProxiedFromLoopbackWithTrustedForwardedHeaders_IsServed()
    {
        var settings = new Dictionary<string, string?> { ["Teams:EmulatorTrustForwardedHeaders"] = "true" };
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, settings, Ct);

        using var response = await PostAsync(bot, bot.Activities.Personal("help"), ("X-Forwarded-For", "127.0.0.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("?next=")]
    [InlineData("?x=1#")]
    [InlineData("#frag")]
    public async Task Post_ServiceUrlWithQueryOrFragment_Is400AndNothingIsSent(string suffix)
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: Ct);
        var activity = bot.Activities.Personal("help");
        activity["serviceUrl"] = bot.Connector.ServiceUrl + suffix;

        using var response = await PostAsync(bot, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
        await bot.Engine.DidNotReceiveWithAnyArgs().StartAsync(default!, Ct);
    }

    private static async Task<HttpResponseMessage> PostAsync(TeamsBot bot, JsonNode activity, (string Name, string Value)? header = null)
    {
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (header is { } extra)
        {
            request.Headers.TryAddWithoutValidation(extra.Name, extra.Value);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.SendAsync(request, Ct);
    }
}
