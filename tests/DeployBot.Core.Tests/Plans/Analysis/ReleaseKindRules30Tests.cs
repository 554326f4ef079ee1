using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the thirtieth session's round (FRESH27 read), as an SRE states them, judged on the rules alone
/// (<see cref="ReleaseAnalyzer.AnalyzeByRules"/>). The notes are made up in the styles of real changelogs (not copied from
/// the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules30Tests
{
    private static ReleaseAnalysis Rules(string notes) => ReleaseAnalyzer.AnalyzeByRules(notes);

    // A 0.x minor that raises the compiler toolchain's floor, in any of the ways crates say it, is that release's upgrade step.
    [Theory]
    [InlineData("## 0.31.0\n\n- Add streaming decoder\n- Bump the minimal supported rust version to 1.79")]
    [InlineData("## 0.9.0\n\nThe new minimum Rust version will be 1.80.\n\n- Add `Reader::seek`")]
    [InlineData("## 0.14.0\n\n- Bump required rust version to 1.82\n- Add zero-copy parsing")]
    public void AnalyzeByRules_ZeroMinorRaisingTheToolchainFloor_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, Rules(notes).Kind);

    [Fact]
    public void AnalyzeByRules_ToolchainFloorInOtherWords_IsBreaking() =>
        Assert.Contains(RiskArea.Breaking, Rules("## 2.6.0\n\n- Add gzip support\n- Bump the minimal supported rust version to 1.79").Risks);

    [Fact]
    public void AnalyzeByRules_ToolchainFloorLowered_IsNoMigration() =>
        Assert.NotEqual(ReleaseKind.Migration, Rules("## 0.31.0\n\n- Add streaming decoder\n- Lower the minimal supported rust version to 1.70").Kind);

    // A section of an upgrade guide headed by the versions it moves between, across a major, is a migration.
    [Fact]
    public void AnalyzeByRules_GuideHeadedAcrossAMajor_IsAMigration() =>
        Assert.Equal(ReleaseKind.Migration, Rules("# 3.4.0 to 4.0.0\n\n## Listeners\n\nThe `http_api` listener is now named `admin_api`; rename it in your config file.").Kind);

    [Fact]
    public void AnalyzeByRules_GuideHeadedWithinAMajor_IsNoMigration() =>
        Assert.NotEqual(ReleaseKind.Migration, Rules("# 4.1.0 to 4.2.0\n\n## Listeners\n\nA new `metrics` listener can be configured.").Kind);
}
