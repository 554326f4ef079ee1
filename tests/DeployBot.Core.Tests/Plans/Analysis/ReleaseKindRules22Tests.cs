using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the twenty-second session, as an SRE states them. The notes are made up in the styles of
/// real changelogs (not copied from the labelled fixtures); each rule has cases the analyzer before it got wrong and a
/// case it must leave alone.
/// </summary>
public sealed class ReleaseKindRules22Tests
{
    // A data migration named under "Bug Fixes" is the bug being fixed ("Very slow data migration") or a small repair the
    // release runs by itself; it is not a large migration the operator plans a window for.
    [Theory]
    [InlineData("## [3.41.2](https://github.com/acme/flags/compare/v3.41.1...v3.41.2) (2026-05-20)\n\n### Bug Fixes\n\n* **Audit log:** Very slow data migration ([#7555](https://github.com/acme/flags/issues/7555))", ReleaseKind.Hotfix)]
    [InlineData("## [2.4.0] - 2026-03-01\n### Added\n- New `/whoami` API endpoint.\n\n### Fixed\n- A new database migration step repairs the key fingerprints written by 2.3.0.", ReleaseKind.Normal)]
    public void Analyze_DataMigrationUnderBugFixes_IsNoLargeMigration(string notes, ReleaseKind kind) =>
        Assert.Equal(kind, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## [2.4.0] - 2026-03-01\n### Changed\n- Audit events move to their own table; a background migration copies the existing rows.\n\n### Fixed\n- Fix a crash on an empty token.")]
    [InlineData("## 2.4.1\n\n### Data migration\n\n- Existing sessions are rewritten to the new layout on startup.\n\n### Bug Fixes\n\n- Fix a crash on an empty token.")]
    public void Analyze_DataMigrationOutsideTheFixes_StaysAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    // Notes of a later release that still carry the entries of their own major, each marked with the release that shipped
    // it ("[v9.0.0] … changing the cluster protocol" under "Version 9.0.2", "v4.0.0 was never published; 4.0.1 is the GA"):
    // whoever upgrades from the previous major gets that major's breaking changes, so it is planned as the major.
    [Theory]
    [InlineData("## Version 9.0.2\n\n### Breaking Changes\n* ⚠️ [v9.0.0](https://github.com/acme/searchd/tree/9.0.0) Changed the replication protocol; mixed-version clusters must upgrade agents before coordinators.\n\n### Bug Fixes\n* 🪲 [v9.0.2](https://github.com/acme/searchd/tree/9.0.2) Fixed a crash during table optimization.")]
    [InlineData("## [4.0.1] 26 March 2026\n\n_v4.0.0 was never published due to a CI glitch. v4.0.1 is the first GA version._\n\n### Breaking changes\n\n- The `legacy-auth` filter was removed.")]
    public void Analyze_LaterReleaseCarryingItsMajorsBreakingEntries_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## Version 9.1.2\n\n### Breaking Changes\n* ⚠️ [v9.1.0](https://github.com/acme/searchd/tree/9.1.0) Changed the default of `max_matches`.\n\n### Bug Fixes\n* 🪲 [v9.1.2](https://github.com/acme/searchd/tree/9.1.2) Fixed a crash during table optimization.", ReleaseKind.Normal)]
    [InlineData("## 9.0.2\n\n### Bug Fixes\n* Fix a regression introduced in v9.0.0 that broke replication of empty tables.", ReleaseKind.Hotfix)]
    public void Analyze_PatchThatOnlyNamesItsMajor_KeepsItsKind(string notes, ReleaseKind kind) =>
        Assert.Equal(kind, ReleaseAnalyzer.Analyze(notes).Kind);
}
