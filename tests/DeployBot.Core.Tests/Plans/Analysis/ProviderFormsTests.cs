using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// An integration told without the word "integration": a payment rail (ACH debits, Open Banking), accounts users linked
/// at an OAuth provider, a vendor's client class named after the vendor. An SRE plans each as a third party to test
/// against and to tell. Made-up changelog lines.
/// </summary>
public sealed class ProviderFormsTests
{
    [Theory]
    [InlineData("## 4.2.0\n\n- Add ACH debit support for US bank account transactions")]
    [InlineData("## 4.2.0\n\n- Add Open Banking account verification")]
    [InlineData("## 4.2.0\n\n- New endpoints to list and unlink a user's OAuth accounts")]
    [InlineData("## 4.2.0\n\n- Add `withRetry` helper to `StripeClient`")]
    [InlineData("## 4.2.0\n\n- Expose `TwilioService` for scheduled messages")]
    public void Analyze_IntegrationNamedByItsForm_IsExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 4.2.0\n\n- Add a per-account request cache")]
    [InlineData("## 4.2.0\n\n- Rename `GatewayClient` to `UpstreamClient`")]
    public void Analyze_OwnAccountsAndClients_AreNotExternal(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 1.4.2\n\n- Fix the log rotation.\n\nSee also the v1.4.2 GitHub milestone.")]
    [InlineData("## 1.4.2\n\n- Fix the log rotation (tracked in the GitHub milestones).")]
    [InlineData("## 1.4.2\n\n- Moved the FAQ to the GitHub wiki")]
    public void Analyze_ProjectsOwnTrackerOnGitHub_IsNotExternal(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 1.5.0\n\n- Sign in with GitHub now requests the `read:org` scope")]
    [InlineData("## 1.5.0\n\n- Post deployment statuses to GitHub")]
    public void Analyze_GitHubAsAService_IsExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);
}
