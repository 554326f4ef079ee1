using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Counterexamples an independent review of the eighteenth session's analyzer rounds found: each was read right before
/// the rounds and wrong after them. Made-up notes.
/// </summary>
public sealed class ReviewCounterexampleTests
{
    [Theory]
    [InlineData("Password reset email: the reset link now expires after 15 minutes (was 24h)")]
    [InlineData("Stripe webhook signature verification now enforced (outgoing webhooks unchanged)")]
    public void Analyze_SignInChangeBesideAnEmailOrOutgoingWebhooks_IsStillAuth(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Theory]
    [InlineData("Fix typo in password reset email")]
    [InlineData("Sign outgoing webhooks with HMAC-SHA256")]
    public void Analyze_WordingOfAnEmailOrOutgoingSignature_IsStillNotAuth(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Theory]
    [InlineData("Remove unused column definitions from the admin grid; migration adds users.locale column")]
    [InlineData("Retire the old comparison table on the pricing page; migration adds plans.tier column")]
    public void Analyze_ColumnsOrTablesOfAScreen_AreNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 2.4.0\n\n- Reports export now uses a different file format (xlsx instead of csv)")]
    [InlineData("## 2.4.0\n\n- Webhook payloads now use an incompatible data format; update your receivers")]
    public void Analyze_ExportOrPayloadFormat_IsNoStoredFormatMigration(string notes) =>
        Assert.NotEqual(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);
}
