using System.Net;
using DeployBot.Core.Conversations;
using DeployBot.Teams.Tests.Infrastructure;
using DeployBot.Testing.Teams;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace DeployBot.Teams.Tests.Auth;

/// <summary>Every way a request can fail authentication gets 401 and causes nothing: no engine call, no connector call.</summary>
public sealed class TokenValidationTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    public static TheoryData<string> BadTokens => ["expired", "wrong-audience", "wrong-issuer", "unknown-key", "other-service-url", "no-service-url", "garbage", "not-yet-valid", "hs256"];

    [Fact]
    public async Task Post_ValidToken_IsProcessed()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", "Drafting the plan."));

        using var response = await bot.PostAsync(bot.Activities.Personal("deploy-plan NOTES=x ENVIRONMENT=staging"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Engine.Received(1).StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>());
        Assert.Single(bot.Connector.Calls);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_InvalidToken_Returns401AndDoesNothing(string kind)
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        using var stranger = new SigningKey();
        var activity = bot.Activities.Personal("deploy-plan NOTES=x ENVIRONMENT=staging");
        var token = kind switch
        {
            "expired" => bot.Issuer.MintToken(Request(bot) with { ExpiresIn = TimeSpan.FromMinutes(-10), NotBeforeOffset = TimeSpan.FromHours(-2) }),
            "wrong-audience" => bot.Issuer.MintToken(Request(bot) with { Audience = "11111111-2222-3333-4444-555555555555" }),
            "wrong-issuer" => bot.Issuer.MintToken(Request(bot) with { Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" }),
            "unknown-key" => bot.Issuer.MintToken(Request(bot) with { SignWith = stranger }),
            "other-service-url" => bot.Issuer.MintToken(Request(bot) with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }),
            "no-service-url" => bot.Issuer.MintToken(Request(bot) with { ServiceUrl = null }),
            "not-yet-valid" => bot.Issuer.MintToken(Request(bot) with { NotBeforeOffset = TimeSpan.FromMinutes(30) }),
            "hs256" => bot.Issuer.MintToken(Request(bot) with { Algorithm = "HS256" }),
            _ => "not.a.jwt",
        };

        using var response = await bot.PostAsync(activity, token, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappenedAsync(bot);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer lowercase-scheme")]
    public async Task Post_MissingOrMalformedHeader_Returns401AndDoesNothing(string? header)
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var activity = bot.Activities.Personal("deploy-plan NOTES=x ENVIRONMENT=staging");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(ServerAddress(bot)), "/api/messages"))
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        using var client = new HttpClient();
        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappenedAsync(bot);
    }

    [Fact]
    public async Task Post_UnauthenticatedActivity_DoesNotTeachTheBotItsServiceUrl()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var activity = bot.Activities.Personal("help");

        using var rejected = await bot.PostAsync(activity, "not.a.jwt", Ct);
        var platform = bot.Services.GetServices<DeployBot.Core.Platforms.IChatPlatform>().Single(p => p.Name == Platforms.Teams);
        var requester = new Requester(Platforms.Teams, "u", null, "a:chat", new DeployBot.Teams.Activities.TeamsReplyAddress(bot.Connector.ServiceUrl, "a:chat", null, null).ToJson());
        var failure = await Assert.ThrowsAsync<DeployBot.Core.Platforms.ChatDeliveryException>(() => platform.TellRequesterAsync(requester, "hello", Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Contains("has not seen in a verified message", failure.UserMessage, StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task Post_TokenSignedByRotatedKey_IsAcceptedAfterOneMetadataRefresh()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Ignored("test"));
        using var first = await bot.PostAsync(bot.Activities.Personal("deploy-plan a"), Ct);
        var keyFetchesBefore = bot.Issuer.KeyRequests;

        bot.Issuer.RotateKey();
        using var second = await bot.PostAsync(bot.Activities.Personal("deploy-plan b"), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(keyFetchesBefore + 1, bot.Issuer.KeyRequests);
    }

    [Fact]
    public async Task Post_ForgedKeyIdsRepeatedly_RefetchTheMetadataOnlyOnce()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        using var stranger = new SigningKey();

        for (var i = 0; i < 3; i++)
        {
            using var response = await bot.PostAsync(bot.Activities.Personal("help"), bot.Issuer.MintToken(Request(bot) with { SignWith = stranger }), Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(2, bot.Issuer.MetadataRequests);
    }

    [Fact]
    public async Task Post_ManyValidRequests_FetchesMetadataOnce()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Ignored("test"));

        for (var i = 0; i < 3; i++)
        {
            using var response = await bot.PostAsync(bot.Activities.Personal("deploy-plan x"), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, bot.Issuer.MetadataRequests);
    }

    private static TokenRequest Request(TeamsBot bot) => new(bot.Issuer.AppId, bot.Connector.ServiceUrl);

    private static string ServerAddress(TeamsBot bot) =>
        bot.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.GetRequiredFeature<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>().Addresses.First();

    private static async Task AssertNothingHappenedAsync(TeamsBot bot)
    {
        await bot.Engine.DidNotReceive().StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>());
        await bot.Engine.DidNotReceive().SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>());
        await bot.Engine.DidNotReceive().HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>());
        Assert.Empty(bot.Connector.Calls);
        Assert.Empty(bot.Issuer.TokenRequests);
    }
}
