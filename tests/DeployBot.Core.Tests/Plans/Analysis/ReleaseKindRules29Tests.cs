using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the twenty-ninth session's round (FRESH26 read), as an SRE states them, judged on the rules
/// alone (<see cref="ReleaseAnalyzer.AnalyzeByRules"/>). The notes are made up in the styles of real changelogs (not copied
/// from the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules29Tests
{
    private static ReleaseKind Kind(string notes) => ReleaseAnalyzer.AnalyzeByRules(notes).Kind;

    // A platform floor raised in other words ("Minimal … version was raised", "Bump … requirement to", "The minimum supported
    // Kubernetes version is") makes whoever runs an older one upgrade it first: a migration.
    [Theory]
    [InlineData("## 3.4.0\n\n- Add webhook retries\n- Minimal PHP version was raised from 8.1 to 8.2.")]
    [InlineData("## 2.8.0\n\n- Bump Ruby requirement to 3.2\n- Add bulk export")]
    [InlineData("## 1.9.0\n\n- Add topology spread defaults\n- The minimum supported Kubernetes version is v1.30.")]
    public void AnalyzeByRules_PlatformFloorRaisedInOtherWords_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, Kind(notes));

    [Fact]
    public void AnalyzeByRules_FixOfTheShownMinimalVersion_IsNoMigration() =>
        Assert.Equal(ReleaseKind.Hotfix, Kind("## 3.4.1\n\n- Fix the minimal PHP version shown by the installer"));

    // Everything of a kind rebuilt on upgrade, with the time it takes, is a data migration the operator waits for.
    [Fact]
    public void AnalyzeByRules_AllRecordsRebuiltTakingMinutes_IsAMigration() =>
        Assert.Equal(ReleaseKind.Migration, Kind(
            "## 4.2.0\n\nThis version gives each workspace its own ids. On startup it rebuilds all documents, comments and attachments, which may take several minutes."));

    [Fact]
    public void AnalyzeByRules_RebuildOfferedFromTheAdminPage_IsNoMigration() =>
        Assert.NotEqual(ReleaseKind.Migration, Kind(
            "## 2.2.0\n\n- Add report export\n- The rebuild of all thumbnails can take a few minutes when started from the admin page"));

    // A generated changelog's sentence about what it lists is no breaking change: a patch of fixes stays a hotfix.
    [Fact]
    public void AnalyzeByRules_PatchWithGeneratedChangelogScopeLine_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Kind(
            "## v3.2.1\n\nThis is a patch release of the `acme.cloud` collection.\nThis changelog contains all breaking changes to the roles and plugins in this collection that have been added after the previous release.\n\n### Bugfixes\n\n- acme_vm - fix idempotency when tags are empty"));

    // A reStructuredText title over- and underlined with "#" (Sphinx's part titles) is the guide's heading: a guide to a
    // major that removes something is a migration.
    [Fact]
    public void AnalyzeByRules_MajorUpgradeNotesUnderAHashOverlinedTitle_IsAMigration() =>
        Assert.Equal(ReleaseKind.Migration, Kind(
            "############################\nUpgrade notes for Acme 5.0.x\n############################\n\nConfiguration\n=============\n\n* the `legacy_mode` option is removed"));
}
