using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the twentieth session's analyzer round: what a changelog removes when it says so in the passive of a
/// name in code font, an option or command replaced by another, a model of an ORM added or dropped, a package's
/// migrations, and what it does not remove (a flag taken out of the docs, an HTTP method in a list of methods).
/// Made-up items in the general form of real changelogs.
/// </summary>
public sealed class Areas20FormsTests
{
    [Theory]
    [InlineData("## 3.1.0\n\n- Removed `--debug` from the examples in the docs")]
    [InlineData("## 3.1.0\n\n- Removed `--verbose` from the README example")]
    [InlineData("## 3.1.0\n\n- Dropped `--no-cache` in the documentation of the build command")]
    public void Analyze_FlagRemovedFromTheDocs_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 3.1.0\n\n- Removed `--debug` from the `serve` command")]
    [InlineData("## 3.1.0\n\n- Removed `--debug`")]
    public void Analyze_FlagRemovedFromTheProduct_StaysDestructive(string notes) =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 5.0.0\n\n- Breaking: the `sofort` gateway has been dropped, as the provider closed its API.")]
    [InlineData("## 5.0.0\n\n- `LegacyClient`, which was deprecated in v4.2.0, has been removed. Use `Client` instead.")]
    [InlineData("## 0.9.0\n\n- The `queue_depth_total` metric was removed.")]
    [InlineData("## 2.0.0\n\n- The `--insecure` flag, which nobody should use, has been removed.")]
    public void Analyze_NameInCodeFontSaidToBeRemoved_IsDestructive(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.NotEmpty(analysis.Destructive);
        Assert.True(analysis.Has(RiskArea.Breaking), notes);
    }

    [Theory]
    [InlineData("## 5.0.1\n\n- The `user_id` check has been removed, so imports of guests work again.")]
    [InlineData("## 5.0.1\n\n- The `requests` dependency was dropped.")]
    [InlineData("## 5.0.1\n\n- The `--debug` flag was removed from the examples in the docs.")]
    public void Analyze_NameInCodeFontWhoseRestrictionOrDependencyIsRemoved_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 0.20.0\n\n- The cluster spec `syncTimeout` option has been replaced by the `syncPolicy` option.")]
    [InlineData("## 0.20.0\n\n- The `ctl snapshot` command has been split into two subcommands: `ctl snapshot save` and `ctl snapshot restore`.")]
    [InlineData("## 0.20.0\n\n- Replaced the `--listen` flag with `--bind-address` and `--port`.")]
    public void Analyze_OptionOrCommandReplacedByAnother_IsDestructive(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.NotEmpty(analysis.Destructive);
        Assert.True(analysis.Has(RiskArea.Breaking), notes);
    }

    [Theory]
    [InlineData("## 0.20.1\n\n- The `ctl snapshot` command's progress bar has been replaced by a spinner.")]
    [InlineData("## 0.20.1\n\n- Replaced `moment` with `dayjs` to shrink the bundle.")]
    public void Analyze_PartOrDependencyReplaced_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 4.1.0\n\n- Added `Refund` and `RefundAttempt` models.\n- Payment lookups no longer hit the database twice.")]
    [InlineData("## 4.1.0\n\n- Removed deprecated Coupon model (it was not stored in the database since 3.0).")]
    [InlineData("## 4.1.0\n\n- Keep autosaved drafts in a new `DraftState` model.\n- Avoid a duplicate DB query on the listing page.")]
    [InlineData("## 4.1.0\n\n- The Card and BankAccount models have been removed.\n- Requires PostgreSQL 14 or later.")]
    public void Analyze_OrmModelAddedOrRemovedWhereTheNotesSpeakOfADatabase_IsASchemaChange(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Schema), notes);

    [Theory]
    [InlineData("## 4.1.0\n\n- Added the Mistral model to the list of chat providers.")]
    [InlineData("## 4.1.0\n\n- Added `Refund` model.")]
    public void Analyze_ModelWithoutADatabaseInSight_IsNoSchemaChange(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Schema), notes);

    [Theory]
    [InlineData("## 3.2.1\n\nThis release removes a migration that could fail on tables with many rows.")]
    [InlineData("## 3.2.1\n\n- Stop loading the package migrations automatically; publish them with `vendor:publish`.")]
    public void Analyze_APackagesMigrationsRemovedOrNoLongerLoaded_IsASchemaChange(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Schema), notes);

    [Fact]
    public void Analyze_MigrationGuideRemoved_IsNoSchemaChange() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 3.2.1\n\n- Removed the migration guide that caused confusion about the 2.x config.").Has(RiskArea.Schema));

    [Theory]
    [InlineData("## 8.3.1\n\n- Previously, a service token could call `PUT/DELETE /orgs/:org/members/:id` on behalf of any user. These endpoints now return 403 for service tokens.")]
    [InlineData("## 8.3.1\n\n- Requests to GET|DELETE /api/sessions/:id are now rate limited.")]
    public void Analyze_DeleteInAListOfHttpMethods_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Fact]
    public void Analyze_RouteDeleted_StaysDestructive() =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze("## 8.3.1\n\n- Deleted /api/sessions/legacy, use /api/v2/sessions").Destructive);

    [Theory]
    [InlineData("## 2.6.1\n\n- `helm_repository`: Fix credentials containing a colon being cut at plan time.")]
    [InlineData("## 2.6.1\n\n- `helm_template` data source: honour `skip_tests`.")]
    public void Analyze_ResourceNamedAfterThePlatform_IsInfra(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);
}
