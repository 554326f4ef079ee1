using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the eighteenth session, as an SRE states them. The notes are made up in the styles of real
/// changelogs (not copied from the labelled fixtures); each rule has cases that the analyzer before it got wrong and, where
/// the rule could overreach, a case it must leave alone.
/// </summary>
public sealed class ReleaseKindRulesTests
{
    // An upgrade guide from one major version to the next is a major upgrade: with a breaking change in it, a migration.
    [Theory]
    [InlineData("## Upgrade from 2.x to 3.x\n\n- The `server()` function is renamed to `host()`.\n- The `--branch` option is removed.")]
    [InlineData("## Upgrading from v6 to v7\n\n- The `legacy_mode` setting was removed; use `mode` instead.")]
    [InlineData("## Changes between Acme 2.9.0 and 3.0.0\n\n- Passive queue declarations are no longer tracked for recovery.")]
    public void Analyze_GuideAcrossMajorVersionsWithABreakingChange_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_GuideBetweenMinorVersions_IsNotAMigration() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze("## Upgrade from 1.3 to 1.4\n\n- The `legacy_mode` setting was removed; use `mode` instead.").Kind);

    // A major (or a 0.x minor, where semantic versioning puts breaking changes) that sends the operator to its migration
    // guide asks for upgrade steps.
    [Theory]
    [InlineData("## v5.0.0\n\nThis release introduces a new HTTP API. Our v5 migration guide has the details.\n\n- Add a `history_ttl` option")]
    [InlineData("## 0.30.0 Migration Guide\n\n- The `ps:scale` command moves to `ps:set`.")]
    public void Analyze_MajorOrInitialDevelopmentMinorWithAMigrationGuide_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_MinorReleaseMentioningAMigrationGuide_IsNotAMigration() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze("## 3.4.0\n\n- Add a migration guide link to the docs sidebar\n- Add a `history_ttl` option").Kind);

    // A patch release that asks the operator to do something (configure, run a migration, ALTER EXTENSION … UPDATE) is
    // not a plain hotfix.
    [Theory]
    [InlineData("## 2.4.1\n\n### Fixed\n\n- Usernames are now compared case-insensitively. This requires a migration that fails if duplicate usernames exist.")]
    [InlineData("## 2.4.1\n\n### Security\n\n- Client IPs are read from `X-Real-IP` only. You must configure `TRUSTED_PROXIES` if you run behind a load balancer.")]
    [InlineData("## 1.6.1\n\n- Restart the scheduler when it is cancelled\n- Fix the extension version (requires ALTER EXTENSION acme UPDATE)")]
    public void Analyze_PatchReleaseWithAnOperatorStep_IsNormal(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    // A patch release with a breaking item that is not a fix, or with a changed default, changes behaviour.
    [Theory]
    [InlineData("## 2.6.1\n\n- Updated `Scheduler` to accept `job_timeout` instead of `timeout` argument.\n- Fixed an issue where the heartbeat did not extend the key TTL.")]
    [InlineData("## 0.9.3\n\n- 4411: Breaking change: the `json` module is not exposed to templates anymore, only its functions are.")]
    [InlineData("## 1.4.75\n\n- [mod_redirect] url.redirect-code = 308 new default\n- [build] fix a typo in the tarball script")]
    [InlineData("## 0.9.1\n\n### CORS is disabled by default\n\nA new environment variable `CORS_ENABLED` was introduced.")]
    [InlineData("## 2.13.1\n\n- This release changes the default protocol from RESP2 to RESP3 for managed endpoints.")]
    public void Analyze_PatchReleaseThatChangesBehaviourOrADefault_IsNormal(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    // A revert, or a change that names the bug it closes, is still a fix.
    [Theory]
    [InlineData("## 4.1.2\n\n- Revert \"feat: add whereKeyNot to the query builder\"")]
    [InlineData("## 2.0.16\n\n### Apps\n\n- `acme_ctl init` will refuse to overwrite an existing file, without a race-condition.\n\n### Broker\n\n- Fix a crash on reconnect.")]
    public void Analyze_PatchReleaseWhoseChangesAreFixShaped_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    // Documentation, tutorials and test cases added beside fixes ship nothing new to run.
    [Theory]
    [InlineData("## 1.26.1\n\n- Fixed auto migrations when a `ForeignKey` sets `target_column`.\n- Added a tutorial for moving tables between apps.")]
    [InlineData("## 4.76.2\n\n- Fixed the list response to use the `items` key\n- Added `expand` parameter documentation to `get()`")]
    [InlineData("## 0.7.2\n\n### Bugfixes\n\n- Fix the consumer hanging on start\n\n### Improved Documentation\n\n- Add `SASL_SSL` to the valid values of the security protocol attribute")]
    [InlineData("## 1.4.3\n\n- Bugfix: Fixed support for PHP 8.1\n- Maintain: Added `GenericOAuth2ResourceOwnerTestCase`")]
    public void Analyze_PatchReleaseOfFixesPlusDocsOrTests_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    // The format the release stores its data in changes: what the old version wrote is converted or rebuilt, a
    // data-store change.
    [Theory]
    [InlineData("## 2.1.0\n\n- Breaking on-disk format enhancement: separate the metadata store into two stores.\n- Add a `tls_version` option")]
    [InlineData("## 4.3.0\n\n- This version uses a different file format; the database will be automatically converted to the new format on first start.")]
    [InlineData("## 3.3.0\n\n- The index block format changed; blocks built by 3.2 are rebuilt on start.")]
    public void Analyze_ReleaseThatChangesTheStoredDataFormat_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_NewExportOrLogFormat_IsNotAMigration() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze("## 3.4.0\n\n- Add a new CSV export format\n- Add a JSON log format").Kind);
}
