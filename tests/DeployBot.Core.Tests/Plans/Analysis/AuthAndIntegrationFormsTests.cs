using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Auth and integration words as code and prose write them (sixth round): auth terms inside identifiers, permission
/// synonyms, an authorization that is a payment hold, and a database's own client library; one-time passwords,
/// click-jacking, a certificate authority (TLS, not access control), a project's CI and community chat (seventh round). Made-up items.
/// </summary>
public sealed class AuthAndIntegrationFormsTests
{
    [Theory]
    [InlineData("- Reject wildcards in `post_logout_redirect_uris`.")]
    [InlineData("- Validate the audience of every `id_token` before use.")]
    [InlineData("- Add ExportGroupPermission for calls that stream whole groups")]
    [InlineData("- Archiving a project now needs the `PROJECT_ARCHIVE` authority.")]
    [InlineData("- The worker drops its root privileges before opening sockets.")]
    [InlineData("- Do not let an unconfirmed OTP be switched on for an account.")]
    [InlineData("- Send a frame-ancestors policy to stop click-jacking of the dashboard.")]
    public void Analyze_AuthTermsInIdentifiersOrSynonyms_AreAuth(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Theory]
    [InlineData("- Add a capture endpoint for a payment authorization.")]
    [InlineData("- Retry the DNS challenge authorization twice before giving up.")]
    [InlineData("- Trust clusters signed by a private certificate authority.")]
    [InlineData("- The broker image now ships Erlang/OTP 27.")]
    [InlineData("- Build against OTP 26 on every platform.")]
    public void Analyze_AuthorizationThatIsNotAccessControl_IsNotAuth(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Theory]
    [InlineData("- Switched the PostgreSQL driver for better compatibility with older versions of the PostgreSQL client library.")]
    [InlineData("- Improved output when a backend cannot be integration-tested.")]
    public void Analyze_ADatabasesOwnClientOrATest_IsNotAnIntegration(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.External));

    [Fact]
    public void Analyze_AClientOfANamedService_IsAnIntegration() =>
        Assert.True(ReleaseAnalyzer.Analyze("- Fix a crash in Feature Store clients when a lookup times out").Has(RiskArea.External));

    [Theory]
    [InlineData("- Moved the test runs from Travis CI to GitHub Actions.")]
    [InlineData("- Added a dependency-review GitHub workflow.")]
    [InlineData("- Limit github ci to the release branches.")]
    [InlineData("- Questions about the upgrade? Join us on the community Slack.")]
    public void Analyze_TheProjectsOwnCiOrCommunityChat_IsNotAnIntegration(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.External));

    [Fact]
    public void Analyze_AChatServiceTheReleaseSendsTo_IsAnIntegration() =>
        Assert.True(ReleaseAnalyzer.Analyze("- Send deployment alerts to Slack as threads").Has(RiskArea.External));
}
