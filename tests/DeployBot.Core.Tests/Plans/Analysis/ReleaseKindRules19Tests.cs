using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the nineteenth session, as an SRE states them. The notes are made up in the styles of real
/// changelogs (not copied from the labelled fixtures); each rule has cases the analyzer before it got wrong and a case it
/// must leave alone.
/// </summary>
public sealed class ReleaseKindRules19Tests
{
    // "Required by PostgreSQL 18" says a newer engine needs the change, not that the release needs a newer engine: a patch
    // that only adapts to the engine is still a fix. "Requires PostgreSQL 15" is a floor the operator must meet.
    [Theory]
    [InlineData("## v3.4.5 (2026-03-03)\n\n  * [postgres] Map `:check_violation` to the `:check` constraint (required by PostgreSQL 18)")]
    [InlineData("## 1.2.3\n\n### Fixed\n\n- Quote reserved column names, as required for MySQL 8 compatibility")]
    public void Analyze_PatchAdaptingToANewerEngine_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_ReleaseThatRequiresANewerEngine_IsAMigration() =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze("## 2.1.0\n\n- This release requires PostgreSQL 15 or later").Kind);

    // An upgrade that cannot be rolled back is one-way: it needs a backup and a go/no-go, whatever its version number.
    [Theory]
    [InlineData("2025.03.0\n---------\n\nOnce you have upgraded to 2025.03, you won't be able to roll-back to earlier versions.\n\n- New admin dashboard")]
    [InlineData("## 4.2.0\n\n- The search index is rebuilt on first start and cannot be downgraded.\n- Add a `--threads` flag")]
    [InlineData("## 7.1.0\n\nDowngrading is not supported after this release has started.\n\n- Add OIDC login")]
    public void Analyze_UpgradeThatCannotBeRolledBack_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_FixToTheRollbackFeature_IsStillAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze("## 1.4.1\n\n### Fixed\n\n- Fix the restore button, which could not roll back to earlier snapshots").Kind);

    // A major (even its first alpha) or a 0.x minor that walks the operator through migration steps, or sends them to its
    // "Upgrading …" chapter, asks for upgrade steps: a migration. A minor that lists upgrade steps is only normal.
    [Theory]
    [InlineData("3.0a1 (2026-01-10)\n==================\n\nFeatures\n--------\n\n- New session APIs replace the old ones. Read\n  \"Upgrading Sessions\" in the \"What's New in 3.0\" chapter.")]
    [InlineData("## v0.9.0 - 2026-02-01\n\n**Migrating from 0.8**\n\nIf you are using 0.8, follow the following steps to migrate:\n\n1. Upgrade the binary in CI.\n2. Change `VERSION 0.8` to `VERSION 0.9` in each build file.")]
    public void Analyze_MajorOrInitialDevelopmentMinorWithMigrationSteps_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_MinorWithUpgradeSteps_IsNormal() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze("## 2.3.0\n\nFollow these steps to upgrade:\n\n1. Pull the new image.\n2. Restart the workers.\n\n- Add a `--threads` flag").Kind);
}
