using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Words that another language's list shares with English are read by the English list and its context rules (the
/// sixteenth session): "session" alone is a French sign-in word, but in an English changelog it is as often a client
/// object, a protocol's session or a histogram, and `Checkout.Session` or `Ledger.Authorization` names a class. Security
/// advisories are auth in every notation they are cited in. Made-up items.
/// </summary>
public sealed class SharedWordFormsTests
{
    [Theory]
    [InlineData("- Added new method to `Session` objects: `Session.reset_adapters()`.")]
    [InlineData("- Remove support for `billing_details` on `Checkout.Session`")]
    [InlineData("- Queues declared on a channel are now tracked by `Pool::Session` instead.")]
    [InlineData("- Add a new option to set the bucket size of the session histogram.")]
    [InlineData("- Keep TLS session resumption working with the shared cache backend.")]
    public void Analyze_SessionThatIsNoSignIn_IsNotAuth(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Theory]
    [InlineData("- Les sessions expirent désormais après une heure de connexion inactive.")]
    [InlineData("- Expire user sessions after an hour without activity.")]
    [InlineData("- Mark the cookie store as touched when a key is read. :ghsa:`abcd-efgh-ijkl`")]
    public void Analyze_SignInSessionsOrAnAdvisory_AreAuth(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Theory]
    [InlineData("- Add support for `fleet` on resource `Ledger.Authorization`")]
    [InlineData("- `Web::Auth::DigestRequest` is deprecated without replacement.")]
    public void Analyze_AnAmbiguousAuthWordThatNamesAClass_IsNotAuth(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Fact]
    public void Analyze_APermissionsModule_IsStillAuth() =>
        Assert.True(ReleaseAnalyzer.Analyze("- `Warden.Permissions` now accepts several encoders.").Has(RiskArea.Auth));
}
