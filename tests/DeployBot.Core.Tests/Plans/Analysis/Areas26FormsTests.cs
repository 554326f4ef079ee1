using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 26th session's areas round (FRESH23's misses read), each written as release notes of several projects
/// put it, with counterexamples that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas26FormsTests
{
    [Theory]
    [InlineData("- Fix information disclosure in the public profile endpoint")]
    [InlineData("- Fixed stack traces leaking sensitive data to anonymous visitors")]
    [InlineData("- Fix disclosure of draft-only data through the search preview (#812)")]
    [InlineData("- [Changed] Dropped certificate pinning from the HTTP client")]
    [InlineData("- Check redirect hosts during dynamic client registration")]
    public void Analyze_LeaksPinningAndClientRegistration_AreAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, ReleaseAnalyzer.Analyze(notes).Risks);

    [Theory]
    [InlineData("- Fix memory leak in the websocket reader")]
    [InlineData("- Fix connection leak when the pool is closed")]
    [InlineData("- Show a disclosure triangle next to collapsed rows")]
    public void Analyze_LeaksOfResourcesAndDisclosureWidgets_AreNoAuth(string notes) =>
        Assert.DoesNotContain(RiskArea.Auth, ReleaseAnalyzer.Analyze(notes).Risks);

    [Theory]
    [InlineData("- Query profiling is now opt-in")]
    [InlineData("- Usage telemetry is now opt-out")]
    public void Analyze_FeatureNowOptInOrOut_ChangesConfiguration(string notes) =>
        Assert.Contains(RiskArea.Config, ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_FeatureNowOptIn_IsBreaking() =>
        Assert.Contains(RiskArea.Breaking, ReleaseAnalyzer.Analyze("- Slow-query sampling is now opt-in").Risks);

    [Fact]
    public void Analyze_OptInMentionedAsAnExistingChoice_IsNoConfigChange() =>
        Assert.DoesNotContain(RiskArea.Config, ReleaseAnalyzer.Analyze("- Improved the wording of the opt-in banner").Risks);

    [Theory]
    [InlineData("- `resource/acme_team`: Attribute `description` is now Computed (not retrocompatible)")]
    [InlineData("- The export format changed and is retro-incompatible with 2.x readers")]
    public void Analyze_ChangeSaidNotRetroCompatible_IsBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);

    [Theory]
    [InlineData("- Drop old Rails and Ruby versions by @someone in #401")]
    [InlineData("- Removed support for outdated Node.js versions")]
    public void Analyze_OldRuntimeVersionsDroppedWithoutANumber_AreInfraAndBreaking(string notes)
    {
        var risks = ReleaseAnalyzer.Analyze(notes).Risks;

        Assert.Contains(RiskArea.Infra, risks);
        Assert.Contains(RiskArea.Breaking, risks);
    }

    [Fact]
    public void Analyze_OldVersionsOfADocumentDropped_AreNoInfra() =>
        Assert.DoesNotContain(RiskArea.Infra, ReleaseAnalyzer.Analyze("- Drop old versions of the tutorial from the site").Risks);

    [Theory]
    [InlineData("- Prune expired sessions by @someone in #77")]
    [InlineData("- Prunes stale job records older than 30 days")]
    public void Analyze_StoredRecordsPruned_IsDestructiveData(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Contains(RiskArea.Data, analysis.Risks);
        Assert.NotEmpty(analysis.Destructive);
    }

    [Fact]
    public void Analyze_EventsThatReportAPrune_AreNoDeletion()
    {
        var analysis = ReleaseAnalyzer.Analyze("- Prune events are now sent to subscribers with the reclaimed size");

        Assert.DoesNotContain(RiskArea.Data, analysis.Risks);
        Assert.Empty(analysis.Destructive);
    }

    [Fact]
    public void Analyze_StoredMessagesReParsedByATask_IsDataButNotDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze("- Run `bin/rake mail:reparse` to re-parse stored e-mails that were cut short.");

        Assert.Contains(RiskArea.Data, analysis.Risks);
        Assert.Empty(analysis.Destructive);
    }

    [Fact]
    public void Analyze_ConfigurationFileMovedToANewFormat_IsNoDataRewrite() =>
        Assert.DoesNotContain(RiskArea.Data, ReleaseAnalyzer.Analyze(
            "- Please migrate to the new format, as the next major will stop reading the configuration file at `config/app.yml`.").Risks);

    [Theory]
    [InlineData("- Required: there are database structure updates, so run the migrations")]
    [InlineData("- Fix wrong index name in the migration generator")]
    [InlineData("- Change the migration's primary key to a bigint")]
    [InlineData("- Reports need the `report_runs` table to carry `owner_id` and `state` columns")]
    public void Analyze_DatabaseStructureGeneratedMigrationsAndNamedTableColumns_AreSchema(string notes) =>
        Assert.Contains(RiskArea.Schema, ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_ColumnsOfAScreenTable_AreNoSchema() =>
        Assert.DoesNotContain(RiskArea.Schema, ReleaseAnalyzer.Analyze("- The results table now has sortable columns").Risks);

    [Theory]
    [InlineData("- [Added] Rename options with clearer names while supporting old methods")]
    [InlineData("- Renamed the `fetch_all` helper to `list` (the old name still works)")]
    public void Analyze_RenameThatKeepsTheOldNamesWorking_IsNotBreakingNorDestructive(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.DoesNotContain(RiskArea.Breaking, analysis.Risks);
        Assert.Empty(analysis.Destructive);
    }

    [Theory]
    [InlineData("- [Updated] Updated test cases for Python >= 3.12")]
    [InlineData("- Improve parser code coverage")]
    [InlineData("- Add PHP 8.3 to the travis build")]
    public void Analyze_TestsCoverageAndCiBuilds_CarryNoRisk(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_NewTestEndpoint_StillCarriesItsRisk() =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze("- Add a test webhook button that posts to your Slack integration").Risks);
}
