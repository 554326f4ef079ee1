using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the twenty-eighth session's round (FRESH25 read), as an SRE states them. The notes are made
/// up in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules28Tests
{
    private static ReleaseKind Kind(string notes) => ReleaseAnalyzer.Analyze(notes).Kind;

    // A server runtime floor told as a fact of the release ("the first release to require", "the minimum … for this
    // version is") makes whoever runs an older runtime upgrade it first: a migration.
    [Theory]
    [InlineData("## 2.4.0\n\n- Add batch inserts\n- 2.4.0 is the first release to require Java 21.")]
    [InlineData("## 3.1.5\n\n- The minimum Node.js version for this version is Node.js 20.")]
    public void Analyze_ReleaseStatingARuntimeFloor_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, Kind(notes));

    [Fact]
    public void Analyze_RuntimeFloorSaidToStayTheSame_IsNoMigration() =>
        Assert.NotEqual(ReleaseKind.Migration, Kind("## 2.1.0\n\n- Add CSV export\n- The minimum Python version is still 3.9."));

    // In a 0.x minor, where semantic versioning puts the breaking changes, a raised compiler toolchain floor is that
    // release's upgrade step.
    [Fact]
    public void Analyze_InitialDevelopmentMinorRaisingTheToolchainFloor_IsAMigration() =>
        Assert.Equal(ReleaseKind.Migration, Kind("## 0.9.0\n\n- Add `Router::fallback_service`\n- Bump MSRV to 1.78"));

    // A database upgrade the release requires, and queues to drain before upgrading, are steps planned like a migration.
    [Theory]
    [InlineData("## 5.2.0\n\n- Add dataset groups\n- This version requires a database upgrade.")]
    [InlineData("## 2.30.0\n\n- Add mirror metrics\n- Before upgrading, make sure the retry queues are drained.")]
    public void Analyze_DatabaseUpgradeOrDrainBeforeUpgrading_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, Kind(notes));

    // A fix of a rollback bug is a fix, not a one-way upgrade.
    [Fact]
    public void Analyze_PatchFixingARollbackBug_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Kind("## 4.2.3\n\n### Bug fixes\n\n- Fix the issue that a node on 4.2 cannot be rolled back to 4.1"));

    // "Component - Added X" is how some changelogs list a feature: a patch that adds one is no hotfix.
    [Fact]
    public void Analyze_PatchWithComponentPrefixedOptimisation_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Kind("## 6.1.4\n\n- #820 JsonLayout - Support faster escaping of property names (@someone)\n- #821 FileTarget - Fixed archive cleanup order"));

    // A stored-session purge in a patch is housekeeping, not a data rewrite: with a schema fix it stays a normal release.
    [Fact]
    public void Analyze_PatchWithActivityMigrationAndSessionPurge_IsNoMigration() =>
        Assert.NotEqual(ReleaseKind.Migration, Kind("## 3.4.2\n\n- A migration fixes old audit rows in the database: run `app db upgrade`\n- Sessions stored in Redis must be deleted after the upgrade."));

    [Fact]
    public void Analyze_PatchWithComponentPrefixedFeature_IsNoHotfix() =>
        Assert.NotEqual(ReleaseKind.Hotfix, Kind("## 6.1.3\n\n- #812 FileTarget - Added ArchiveSuffixFormat option (@someone)\n- #815 Fixed race in async flush"));
}
