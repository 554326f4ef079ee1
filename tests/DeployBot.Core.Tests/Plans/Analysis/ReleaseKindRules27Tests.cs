using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the twenty-seventh session's round (FRESH24 read), as an SRE states them. The notes are made
/// up in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules27Tests
{
    private static ReleaseKind Kind(string notes) => ReleaseAnalyzer.Analyze(notes).Kind;

    // A minor that raises the floor of the platform it runs on (a datastore, the orchestrator, the kernel) makes the
    // operator upgrade that first: a migration.
    [Theory]
    [InlineData("## 2.6.0\n\n- Add bulk tagging\n- PostgreSQL must be version 14 or later.")]
    [InlineData("## 2.6.0\n\n- Add bulk tagging\n- The minimum required versions of the MySQL/MariaDB server have been raised.")]
    [InlineData("## 1.9.0\n\n- New dashboard filters\n- This provider now requires a Terraform version of v1.5.0 or later.")]
    [InlineData("## 3.2.0\n\n- Add `--json` output\n- The agent now requires Linux kernel version 4.18 or later")]
    public void Analyze_MinorThatRaisesAPlatformFloor_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, Kind(notes));

    [Fact]
    public void Analyze_MinorTestedAgainstANewerPlatform_IsNormal() =>
        Assert.Equal(ReleaseKind.Normal, Kind("## 3.2.0\n\n- Add `--json` output\n- Support Kubernetes 1.30"));

    // A stored-data upgrade that cannot be undone, or that the notes tell you to back up for, is planned as a migration.
    [Theory]
    [InlineData("## 1.8.0\n\n- Add zone statistics\n- The bundled database schema moves to version 9. There is no downgrade procedure.")]
    [InlineData("## 4.2.0\n\n### Caution\n\nBack up your data and rehearse the procedure before you migrate production.\n\n- Add readiness probe")]
    public void Analyze_OneWayUpgradeOfStoredData_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, Kind(notes));

    // A patch that only fixes stays a hotfix even when its prose "introduces a security fix", when it adds missing doc
    // annotations, or when the project's own CI builds move to a newer database.
    [Theory]
    [InlineData("## 5.1.4\n\nThis release introduces a security fix for CVE-2026-1234 on macOS.\n\n- Fix path lookup of the helper binary")]
    [InlineData("## 2.3.1\n\n- Only send the audience parameter when it is set #88\n- Add missing `@return` annotations #90")]
    [InlineData("## 7.4.9\n\n- Fix SQL injection in the sort parameter\n- Move the TeamCity builds to PostgreSQL 16")]
    public void Analyze_PatchThatOnlyFixes_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, Kind(notes));

    [Fact]
    public void Analyze_PatchThatIntroducesAFeature_IsNoHotfix() =>
        Assert.NotEqual(ReleaseKind.Hotfix, Kind("## 5.1.4\n\nThis release introduces a dark theme.\n\n- Fix path lookup of the helper binary"));
}
