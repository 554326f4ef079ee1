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
}
