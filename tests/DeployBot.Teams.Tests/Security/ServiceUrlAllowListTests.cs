using DeployBot.Teams.Auth;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams.Tests.Security;

public sealed class ServiceUrlAllowListTests
{
    [Theory]
    [InlineData("https://smba.example.net/teams/v3/conversations", true)]
    [InlineData("https://smba.example.net/teams-evil/v3/conversations", false)]
    [InlineData("https://smba.example.net/other/v3/conversations", false)]
    [InlineData("https://smba.example.net:8443/teams/v3/conversations", false)]
    [InlineData("http://smba.example.net/teams/v3/conversations", false)]
    [InlineData("https://smba.example.net.evil.example/teams/v3/conversations", false)]
    [InlineData("https://smba.example.net/teams/v3/conversations?x=1", false)]
    [InlineData("https://user@smba.example.net/teams/v3/conversations", false)]
    public void IsAllowed_ComparesParsedOriginAndPathSegments(string target, bool allowed)
    {
        var sut = CreateSut();
        sut.Remember("https://smba.example.net/teams");

        Assert.Equal(allowed, sut.IsAllowed(new Uri(target)));
    }

    [Theory]
    [InlineData("https://smba.example.net/teams/?next=")]
    [InlineData("https://smba.example.net/teams/#x")]
    [InlineData("https://me@smba.example.net/teams/")]
    public void Remember_ServiceUrlWithQueryFragmentOrUserInfo_IsNotRemembered(string serviceUrl)
    {
        var sut = CreateSut();

        sut.Remember(serviceUrl);

        Assert.False(sut.IsAllowed(new Uri("https://smba.example.net/teams/v3/conversations")));
    }

    [Fact]
    public void Resolve_BuildsConnectorPathsUnderTheParsedBase()
    {
        Assert.True(ServiceUrls.TryParse("https://smba.example.net/teams", out var baseUri));

        var url = ServiceUrls.Resolve(baseUri, "v3/conversations/a%3Bb/activities");

        Assert.Equal("https://smba.example.net/teams/v3/conversations/a%3Bb/activities", url.AbsoluteUri);
    }

    private static ServiceUrlAllowList CreateSut() => new(Options.Create(new TeamsOptions()));
}
