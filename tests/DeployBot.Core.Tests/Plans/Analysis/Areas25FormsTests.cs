using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 25th session's areas round (FRESH22's misses read), each written as release notes of several projects
/// put it, with a counterexample that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas25FormsTests
{
    [Theory]
    [InlineData("- fix: signature validator rejecting payloads without a timestamp")]
    [InlineData("- Fix panic on bad credentials when `connect_timeout` is set")]
    [InlineData("- Return a clear error for expired credentials instead of retrying")]
    [InlineData("- Bump `quick-xml` to v0.31 fixing RUSTSEC-2024-0011")]
    [InlineData("- Allow `Strict` as a SameSite attribute value")]
    [InlineData("- Add V3 digest providers that fix key stretching")]
    public void Analyze_SignaturesCredentialsAdvisoriesAndCookieRules_AreAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_AdvisoryThatOnlyReportsAnUnmaintainedCrate_IsNoAuth() =>
        Assert.DoesNotContain(RiskArea.Auth, ReleaseAnalyzer.Analyze("- Fixes `RUSTSEC-2025-0101` (unmaintained dependency, no impact)").Risks);

    [Theory]
    [InlineData("- Data upgrade for the 2.4 release runs on first start.")]
    [InlineData("- Previously a ticket without a lane had no value; the server now stores the value `none` for it.")]
    [InlineData("- We clean up the orphaned drafts during the 5.2 upgrade step.")]
    [InlineData("- Now databases will be dropped even when clients are still connected.")]
    [InlineData("- For faster search you may wish to re-generate the full-text index using `app-setup-index`.")]
    public void Analyze_StoredRowsRewrittenOrDroppedByTheUpgrade_IsData(string notes) =>
        Assert.Contains(RiskArea.Data, ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_ButtonThatLetsUsersClearACache_IsNoDataRewrite() =>
        Assert.DoesNotContain(RiskArea.Data, ReleaseAnalyzer.Analyze("- A new button on the System Configuration page to easily clear the template cache.").Risks);

    [Fact]
    public void Analyze_UpgradeThatClearsTheCache_StaysData() =>
        Assert.Contains(RiskArea.Data, ReleaseAnalyzer.Analyze("- Clear the template cache after upgrading.").Risks);

    [Theory]
    [InlineData("## 3.1.0\n\nBreaking changes\n\n- None\n\nAdded\n\n- Add a `--quiet` flag to the export command")]
    [InlineData("## 3.1.0\n\n- Breaking Changes\n  - None\n- Added\n  - Add export of monthly reports")]
    public void Analyze_EmptyBreakingSectionWrittenAsAPlainLine_IsNotBreaking(string notes) =>
        Assert.DoesNotContain(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_BreakingSectionWithAnItem_StaysBreaking() =>
        Assert.Contains(RiskArea.Breaking, ReleaseAnalyzer.Analyze("## 3.1.0\n\nBreaking changes\n\n- Remove the `--legacy` flag of the export command").Risks);

    [Fact]
    public void Analyze_ItemThatStopsARemoval_IsNotDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze("- Don't drop the audit functions when the schema is reloaded.");

        Assert.Empty(analysis.Destructive);
        Assert.DoesNotContain(RiskArea.Breaking, analysis.Risks);
    }

    [Fact]
    public void Analyze_ItemThatMakesTheRemoval_StaysDestructive() =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze("- Drop the audit functions when the schema is reloaded.").Destructive);

    [Theory]
    [InlineData("- To turn it on, set `dns_allow_external_traffic` to `true`.")]
    [InlineData("- Set `cache.max_entries` to 0 to disable the cache.")]
    public void Analyze_OperatorToldToSetANamedValue_IsConfig(string notes) =>
        Assert.Contains(RiskArea.Config, ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_CodeThatSetsAProperty_IsNoConfig() =>
        Assert.DoesNotContain(RiskArea.Config, ReleaseAnalyzer.Analyze("- The editor now sets `draftSaved` to true after each save.").Risks);
}
