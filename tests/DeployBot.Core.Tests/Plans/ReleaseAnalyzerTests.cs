using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans;

public sealed class ReleaseAnalyzerTests
{
    public static TheoryData<string> Fixtures() => new(ReleaseNoteFixture.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Analyze_RealChangelogExcerpt_FindsTheExpectedRiskAreasAndKind(string name)
    {
        var fixture = ReleaseNoteFixture.Load(name);

        var analysis = ReleaseAnalyzer.Analyze(fixture.Notes);

        var evidence = string.Join("; ", analysis.Risks.Select(r => $"{r}: {string.Join(" | ", ReleaseAnalyzer.Evidence(fixture.Notes, r))}"));
        Assert.True(fixture.Risks.SequenceEqual(analysis.Risks), $"{name}: expected [{string.Join(", ", fixture.Risks)}], found {evidence}");
        Assert.Equal(fixture.Kind, analysis.Kind);
    }

    [Theory]
    [InlineData("Show the author name on each post")]
    [InlineData("Migrate docs to the new site")]
    [InlineData("Dashboard grid is now 24 columns wide")]
    [InlineData("Update the JSON schema of the API response")]
    [InlineData("Authentic Italian recipes added to the menu page")]
    [InlineData("Read the migration guide before upgrading the UI library")]
    [InlineData("Fix the tooltip colour in dark mode")]
    public void Analyze_WordsThatOnlyLookRisky_FindNoRisk(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Empty(analysis.Risks);
        Assert.Equal(ReleaseKind.Normal, analysis.Kind);
    }

    [Theory]
    [InlineData("Add `orders.status` column", RiskArea.Schema)]
    [InlineData("ALTER TABLE users ADD COLUMN locale text", RiskArea.Schema)]
    [InlineData("New migration 20240101_add_index_on_orders", RiskArea.Schema)]
    [InlineData("Migrating some integer database columns to bigint", RiskArea.Schema)]
    [InlineData("Switch login to OAuth2 with PKCE", RiskArea.Auth)]
    [InlineData("Rotate JWT signing keys", RiskArea.Auth)]
    [InlineData("Fix XSS in the comment form", RiskArea.Auth)]
    [InlineData("Retry Stripe webhook deliveries", RiskArea.External)]
    [InlineData("Call the new third-party tax API", RiskArea.External)]
    [InlineData("Make the request timeout configurable", RiskArea.Config)]
    [InlineData("Set PAYMENTS_API_URL in every environment", RiskArea.Config)]
    [InlineData("Move the cache to Redis and raise replicas to 6", RiskArea.Infra)]
    [InlineData("Bump base image to debian bookworm in the Dockerfile", RiskArea.Infra)]
    [InlineData("Backfill invoice totals for 2023", RiskArea.Data)]
    [InlineData("Purge orphaned attachments older than a year", RiskArea.Data)]
    [InlineData("BREAKING: the /v1/orders endpoint was removed", RiskArea.Breaking)]
    [InlineData("The API no longer accepts form-encoded bodies", RiskArea.Breaking)]
    public void Analyze_OneRiskyChange_FindsItsArea(string notes, RiskArea expected)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Contains(expected, analysis.Risks);
    }

    [Theory]
    [InlineData("Hotfix: stop double-charging on retry", ReleaseKind.Hotfix)]
    [InlineData("Urgent fix for the checkout crash", ReleaseKind.Hotfix)]
    [InlineData("Add orders.total_v2 column and backfill it from line items", ReleaseKind.Migration)]
    [InlineData("Cutover of billing to the new ledger service", ReleaseKind.Migration)]
    [InlineData("Hotfix: add missing column and backfill the rows it broke", ReleaseKind.Migration)]
    [InlineData("Add a dark mode toggle", ReleaseKind.Normal)]
    public void Analyze_ReleaseWording_ClassifiesTheKind(string notes, ReleaseKind expected)
    {
        Assert.Equal(expected, ReleaseAnalyzer.Analyze(notes).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData(null)]
    public void Analyze_EmptyNotes_IsANormalReleaseWithoutRisks(string? notes)
    {
        Assert.Equal(ReleaseAnalysis.Empty, ReleaseAnalyzer.Analyze(notes));
    }

    [Fact]
    public void Analyze_RisksAreReportedInVocabularyOrderWithoutDuplicates()
    {
        var analysis = ReleaseAnalyzer.Analyze("Breaking: rename column; new webhook; webhook retries; add column");

        Assert.Equal([RiskArea.Schema, RiskArea.External, RiskArea.Breaking], analysis.Risks);
    }
}
