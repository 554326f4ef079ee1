using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Words that are not the item's prose (sixth round): a link's address, and the project's own name with its version.
/// Made-up notes.
/// </summary>
public sealed class OwnWordsTests
{
    [Fact]
    public void Analyze_SchemaWordsOnlyInALinkAddress_AreNotASchemaChange()
    {
        var analysis = ReleaseAnalyzer.Analyze(
            "## 5.1.0\n- Moved the persistence layer to the new ORM major (PostgreSQL users: https://example.org/wiki/ORM-6-schema-migration).");

        Assert.False(analysis.Has(RiskArea.Schema));
    }

    [Fact]
    public void Analyze_SecurityAdvisoryCitedOnlyByItsLink_IsStillASecurityFix()
    {
        var analysis = ReleaseAnalyzer.Analyze("## 2.3.4\n- Fixed the stream reset flood (https://example.org/security/advisories/EX-2026-07).");

        Assert.True(analysis.Has(RiskArea.Auth));
    }

    [Fact]
    public void Analyze_TheProjectsOwnNameWithItsVersion_IsNotAPlatformRequirement()
    {
        var analysis = ReleaseAnalyzer.Analyze("Rails 8.0.2 release notes\n===\n\nRails 8.0.2 fixes two crashes found in Rails 8.0.1.\n");

        Assert.False(analysis.Has(RiskArea.Infra));
    }

    [Fact]
    public void Analyze_AnotherRuntimesVersionInTheSameNotes_IsStillInfra()
    {
        var analysis = ReleaseAnalyzer.Analyze("Rails 8.0.2 release notes\n===\n\n- Building now needs OpenSSL 3.0.\n");

        Assert.True(analysis.Has(RiskArea.Infra));
    }

    [Theory]
    [InlineData("Hotfix: fix null pointer in the checkout promo code path. No config or schema changes.")]
    [InlineData("- Fix the promo code total on the cart page (without any database migrations)")]
    [InlineData("- Fix the promo code total on the cart page; no schema, config or API changes")]
    public void Analyze_AreasTheNotesRuleOut_AreNotRisks(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Empty(analysis.Risks);
    }
}
