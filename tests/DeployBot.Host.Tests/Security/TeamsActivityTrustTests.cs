using System.Net;
using DeployBot.Host.Tests.Teams;
using DeployBot.Testing.Teams;

namespace DeployBot.Host.Tests.Security;

/// <summary>
/// Issue 19 item 7 and issue 16 through the real host and a local token issuer: a valid token is not enough when the
/// activity is not a Teams one, comes from another tenant, or was signed by a key not endorsed for its channel; and a
/// metadata outage after a forced key refresh does not lock everyone out.
/// </summary>
public sealed class TeamsActivityTrustTests
{
    private const string Channel = "19:dev-team@thread.tacv2";

    [Fact]
    public async Task Post_SignedByAKeyEndorsedOnlyForWebchat_Is401AndNothingIsSent()
    {
        await using var host = await TeamsHost.StartAsync();
        using var webchatKey = new SigningKey(endorsements: "webchat");
        host.Issuer.Publish(webchatKey);
        var token = host.Issuer.MintToken(new TokenRequest(host.Issuer.AppId, host.Connector.ServiceUrl) { SignWith = webchatKey });

        using var response = await host.PostAsync(host.Activities.ChannelMention(Channel, "help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Calls);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData(null)]
    public async Task Post_ChannelIdThatIsNotTeams_Is401AndNothingIsSent(string? channelId)
    {
        await using var host = await TeamsHost.StartAsync();
        var activity = host.Activities.ChannelMention(Channel, "help");
        activity["channelId"] = channelId;

        using var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Post_FromAnotherTenantWithTenantIdSet_Is401AndNothingIsSent()
    {
        await using var host = await TeamsHost.StartAsync(new Dictionary<string, string?> { ["Teams:TenantId"] = "0a0b0c0d-1111-2222-3333-444455556666" });

        using var response = await host.PostAsync(host.Activities.ChannelMention(Channel, "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Post_FromTheConfiguredTenant_IsServed()
    {
        await using var host = await TeamsHost.StartAsync(new Dictionary<string, string?> { ["Teams:TenantId"] = TeamsActivities.TenantId });

        using var response = await host.PostAsync(host.Activities.ChannelMention(Channel, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_AfterAForcedKeyRefreshDuringAMetadataOutage_TheLastGoodKeysStillValidate()
    {
        await using var host = await TeamsHost.StartAsync();
        using var first = await host.PostAsync(host.Activities.ChannelMention(Channel, "help"));
        host.Issuer.MetadataAvailable = false;
        using var stranger = new SigningKey();
        using var forcing = await host.PostAsync(
            host.Activities.ChannelMention(Channel, "help"),
            host.Issuer.MintToken(new TokenRequest(host.Issuer.AppId, host.Connector.ServiceUrl) { SignWith = stranger }));

        using var afterwards = await host.PostAsync(host.Activities.ChannelMention(Channel, "help"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forcing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }
}
