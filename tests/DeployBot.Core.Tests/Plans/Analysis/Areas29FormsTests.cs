using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 29th session's areas round (FRESH26's misses and false alarms read), each written as release notes of
/// other projects put it, with counterexamples that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas29FormsTests
{
    private static IReadOnlyList<RiskArea> Risks(string notes) => ReleaseAnalyzer.Analyze(notes).Risks;

    private static bool Destructive(string notes) => ReleaseAnalyzer.Analyze(notes).Destructive.Any();

    [Theory]
    [InlineData("- The new threaded inbox removes all existing drafts and read markers.")]
    [InlineData("- The upgrade erases all saved search filters.")]
    [InlineData("- Existing webhook subscriptions have been migrated to the v2 delivery model.")]
    [InlineData("- On first start the server rebuilds all stored page revisions.")]
    public void Analyze_AllRecordsRemovedMigratedOrRebuilt_AreData(string notes) =>
        Assert.Contains(RiskArea.Data, Risks(notes));

    [Theory]
    [InlineData("- Removes all existing restrictions on attachment size.")]
    [InlineData("- The release pipeline now rebuilds all Docker images nightly.")]
    [InlineData("- Existing integration tests have been migrated to pytest.")]
    public void Analyze_LimitsLiftedImagesRebuiltOrTestsMoved_AreNoData(string notes) =>
        Assert.DoesNotContain(RiskArea.Data, Risks(notes));

    [Theory]
    [InlineData("- Use `bigint` for the `id` fields of the events database.")]
    [InlineData("- Use `timestamptz` for all timestamp fields (run the database migration after upgrading).")]
    [InlineData("- Switch the `created_at` columns to `timestamp with time zone` in the PostgreSQL store.")]
    public void Analyze_ColumnMovedToAnotherSqlType_IsSchemaAndData(string notes)
    {
        var risks = Risks(notes);
        Assert.Contains(RiskArea.Schema, risks);
        Assert.Contains(RiskArea.Data, risks);
    }

    [Theory]
    [InlineData("- Use `uuid` for request ids in the access log lines.")]
    [InlineData("- Changing a `varchar` column to a `citext` column in the database is now reported as safe")]
    public void Analyze_SqlTypeWithoutADatabaseOrAnOperationRated_IsNoData(string notes) =>
        Assert.DoesNotContain(RiskArea.Data, Risks(notes));

    [Theory]
    [InlineData("- The REST API has stopped supporting cookie authentication; use API keys.")]
    [InlineData("- Corrects the minimum `ansible-core` version to `>=2.17.0`.")]
    public void Analyze_StoppedSupportAndBacktickedToolFloor_AreBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, Risks(notes));

    [Fact]
    public void Analyze_GeneratedChangelogDescribingItsScope_IsNotBreaking() =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks(
            "This changelog contains all breaking changes to the roles and plugins in this collection that have been added after the previous release."));

    [Theory]
    [InlineData("- Remove the unstable `simd-json` crate feature.")]
    [InlineData("- Dropped the Solr, Riak and Memcache modules")]
    [InlineData("- Removes the BackupSchedule CRD and the backup controller")]
    [InlineData("- Several metrics have changed names; update your dashboards.")]
    [InlineData("- Change attribute names for audit events to the OpenTelemetry convention")]
    [InlineData("- Corrected the `node-pool` variable name misspelling")]
    [InlineData("- The new threaded inbox removes all existing drafts and read markers.")]
    [InlineData("- Upgrading cannot migrate existing audit entries; export them first.")]
    public void Analyze_UnitsRemovedNamesChangedOrRecordsLeftBehind_AreDestructive(string notes) =>
        Assert.True(Destructive(notes), notes);

    [Theory]
    [InlineData("- Remove unused helpers from the auth module")]
    [InlineData("- Change the field names in the UI to title case")]
    [InlineData("- Removes all existing restrictions on attachment size.")]
    public void Analyze_CodeTidiedLabelsRenamedOrLimitsLifted_AreNotDestructive(string notes) =>
        Assert.False(Destructive(notes), notes);

    [Theory]
    [InlineData("### Fixed\n\n- Consumers kept re-subscribing to deleted queues after a reconnect")]
    [InlineData("### Bug Fixes\n\n- Avoid a crash when listing jobs of removed users")]
    public void Analyze_FixNamingAThingByItsRemovedState_IsNotDestructive(string notes) =>
        Assert.False(Destructive(notes), notes);

    [Fact]
    public void Analyze_CorrectedVariableName_IsConfig() =>
        Assert.Contains(RiskArea.Config, Risks("### Bug Fixes\n\n- Corrected the `node-pool` variable name misspelling"));

    [Theory]
    [InlineData("- .NET 9 is the new minimum supported version.")]
    [InlineData("- Update `requires_ansible` in `meta/runtime.yml` to `>=2.17`")]
    [InlineData("- Bump Elixir requirement to 1.17")]
    public void Analyze_DotNetAndAnsibleControllerFloors_AreInfra(string notes) =>
        Assert.Contains(RiskArea.Infra, Risks(notes));

    [Theory]
    [InlineData("- {customer.name} tokens were replaced by {contact.name} tokens in email templates.")]
    [InlineData("- Raise the Elixir requirement to 1.17 and Erlang OTP to 27")]
    public void Analyze_TemplateTokensAndErlangOtp_AreNoAuth(string notes) =>
        Assert.DoesNotContain(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- Email sign-in tokens now expire after 10 minutes")]
    [InlineData("- Add OTP login for administrators")]
    public void Analyze_SignInTokensAndOneTimePasswords_StayAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, Risks(notes));
}
