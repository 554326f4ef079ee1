using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 31st session's areas round (FRESH28's misses and false alarms read), each written as release notes of
/// other projects put it, with counterexamples that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas31FormsTests
{
    private static IReadOnlyList<RiskArea> Risks(string notes) => ReleaseAnalyzer.Analyze(notes).Risks;

    private static bool Destructive(string notes) => ReleaseAnalyzer.Analyze(notes).Destructive.Any();

    [Theory]
    [InlineData("## Upgrading to 3.4\n\nPlease apply the `v3.4.0.sql` upgrade script to your database before starting the new version.")]
    [InlineData("- Duplicate e-mail addresses are now rejected on database level.")]
    [InlineData("- Extended the attachments table in DB to hold the checksum.")]
    public void Analyze_SqlScriptDatabaseLevelRuleOrTableInDb_IsSchema(string notes) =>
        Assert.Contains(RiskArea.Schema, Risks(notes));

    [Theory]
    [InlineData("- Apply the new colour scheme to the dashboard.")]
    [InlineData("- The level editor now shows the database name.")]
    public void Analyze_NoScriptNoDatabaseRule_IsNoSchema(string notes) =>
        Assert.DoesNotContain(RiskArea.Schema, Risks(notes));

    [Theory]
    [InlineData("- The setting \"Round prices to cents\" was removed; an existing value was automatically converted to a currency rule.")]
    [InlineData("There is a migration path to bring most of your data from the old version to 2.0: migrate your data with the import wizard.")]
    [InlineData("1. In the old instance, make an export (archive) of your data from the admin page.")]
    [InlineData("- Dashboards stored in JSON files are not loaded anymore. Migrate yours with `grafctl import dashboards` before upgrading.")]
    public void Analyze_ValuesMigratedDataExportedOrStoredFilesNoLongerRead_AreData(string notes) =>
        Assert.Contains(RiskArea.Data, Risks(notes));

    [Theory]
    [InlineData("- Export the report as CSV from the toolbar.")]
    [InlineData("- The existing tooltip was moved to the header.")]
    public void Analyze_ExportFeatureOrMovedWidget_IsNoData(string notes) =>
        Assert.DoesNotContain(RiskArea.Data, Risks(notes));

    [Fact]
    public void Analyze_ExpiredRecordsDeletedByDefault_IsDataButNoMigration()
    {
        var analysis = ReleaseAnalyzer.AnalyzeByRules("## 5.2.0\n\n- The job store now supports a TTL; expired jobs are deleted by default.\n- New `jobs_v2` table holds the schedule.");
        Assert.Contains(RiskArea.Data, analysis.Risks);
        Assert.NotEqual(ReleaseKind.Migration, analysis.Kind);
    }

    [Theory]
    [InlineData("- aws_iam_role: fix drift of the trust policy when IAM returns it reordered.")]
    [InlineData("- pubsub: fixed a crash when applying `google_pubsub_topic_iam_*` resources.")]
    public void Analyze_IamOrIamResource_IsAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- Fix typings for IAM methods of the topic client.")]
    [InlineData("- Update dependency @googleapis/iam to v28.")]
    public void Analyze_IamMethodsOrPackage_IsNoAuth(string notes) =>
        Assert.DoesNotContain(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- compute: fixed a panic in `google_compute_disk` state migration.")]
    [InlineData("- The admission webhook now validates label names.")]
    [InlineData("- Reading a missing volume now recreates it.")]
    [InlineData("- Allow a digest in the image name.")]
    [InlineData("- It is strongly recommended that you run the PDF renderer in a container.")]
    [InlineData("- The LDAP module is shipped as a separate package from now on.")]
    [InlineData("**Note to packagers:** this is the last release that builds with autotools.")]
    [InlineData("- The agent now requires a 64-bit OS.")]
    [InlineData("- Drop support for Mattermost 9 (#812)")]
    [InlineData("Stand up a new instance next to your current one and import the backup there.")]
    public void Analyze_PlatformFormsTheRuntimeListMisses_AreInfra(string notes) =>
        Assert.Contains(RiskArea.Infra, Risks(notes));

    [Theory]
    [InlineData("- The search box keeps its volume of suggestions small.")]
    [InlineData("- Add support for dark mode in the editor")]
    [InlineData("- Fix tests on 32bit systems by choosing dates carefully")]
    public void Analyze_VolumeAsAmountOrAFeatureSupported_IsNoInfra(string notes) =>
        Assert.DoesNotContain(RiskArea.Infra, Risks(notes));

    [Fact]
    public void Analyze_SupportPromiseNamingSecurityFixes_IsNoAuth() =>
        Assert.DoesNotContain(RiskArea.Auth, Risks("- The classic UI enters maintenance mode and will only receive security fixes from now on."));

    [Theory]
    [InlineData("- No feature flags have been graduated in this release")]
    [InlineData("- Editor settings are now shown in a separate dialog.")]
    [InlineData("### Fixed\n\n- Fixed that the calendar showed the wrong week when the settings `FIRST_DAY` and `LOCALE_WEEK` were set to different values")]
    [InlineData("### Bugfixes\n\n- Metrics: Prometheus registry 1.13 logs a configuration warning on start")]
    public void Analyze_ConfigurationRuledOutShownOrTheBugsCondition_IsNoConfig(string notes) =>
        Assert.DoesNotContain(RiskArea.Config, Risks(notes));

    [Fact]
    public void Analyze_SettingTheFixAdds_IsStillConfig() =>
        Assert.Contains(RiskArea.Config, Risks("### Fixed\n\n- Fixed the reminder time; a new setting `REMINDER_TZ` lets you choose the zone."));

    [Theory]
    [InlineData("- meta/runtime.yml - Lowered the ``ansible-core`` minimum version to ``2.15``.")]
    [InlineData("- This widens compatibility and does not change or remove existing functionality.")]
    [InlineData("* Important Note!\n  * Several vulnerabilities were found in versions <= 3.2.1; please update.")]
    [InlineData("### Bug fixes\n\n- Netty: response hook never invoked, breaking OpenTelemetry instrumentation")]
    [InlineData("### Fixes\n\n- Sampled-out spans no longer send empty baggage headers")]
    public void Analyze_WhatOnlySoundsBreaking_IsNoBreaking(string notes) =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("- The old payment handler, breaking backwards compatibility, was replaced.")]
    [InlineData("### Changed\n\n- Sampled-out spans no longer send baggage headers")]
    public void Analyze_BreakingOutsideAFixOrCompatibilityBroken_IsStillBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("- The *ldap* module has been removed.")]
    [InlineData("- The `host:short_name` macro in templates has been removed. Use `host.short_name` now.")]
    [InlineData("- The account option \"Round totals to whole units\" was removed")]
    [InlineData("### Bugfixes\n\n- HttpClient: the ability to set a custom executor is removed")]
    [InlineData("- Replaced `--ssl`, `--ssl-cert` and `--ssl-key` with `--tls`, `--tls-cert` and `--tls-key`.")]
    public void Analyze_ModuleMacroQuotedOptionAbilityOrFlagsGone_IsDestructive(string notes) =>
        Assert.True(Destructive(notes));

    [Theory]
    [InlineData("- The statistics module has been removed from the documentation.")]
    [InlineData("- Added the ability to remove a member from a team.")]
    [InlineData("- Replaced the logo with an SVG version.")]
    public void Analyze_RemovalOnlyInDocsOfferedOrCosmetic_IsNotDestructive(string notes) =>
        Assert.False(Destructive(notes));

    [Fact]
    public void Analyze_FullChangelogLinkOfAnSdk_AddsNoArea() =>
        Assert.Empty(Risks("## 4.8.1 (2026-02-01)\n\nFull Changelog: [v4.8.0...v4.8.1](https://github.com/acme/acme-python/compare/v4.8.0...v4.8.1)"));

    [Fact]
    public void Analyze_StruckOutFloor_ReadsTheNewOne() =>
        Assert.Contains(RiskArea.Infra, Risks("- This version requires Ruby ~~2.7~~ 3.1 or newer."));
}
