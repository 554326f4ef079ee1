using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the thirty-first session's round (FRESH28 read), as an SRE states them, judged on the rules
/// alone (<see cref="ReleaseAnalyzer.AnalyzeByRules"/>). The notes are made up in the styles of real changelogs (not copied
/// from the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules31Tests
{
    private static ReleaseAnalysis Rules(string notes) => ReleaseAnalyzer.AnalyzeByRules(notes);

    // A minor that drops a .NET target framework raises the runtime floor: a migration, like any dropped server runtime.
    [Theory]
    [InlineData("## 4.7.2\n\nPolly.Extensions v4.7.2 drops the `net6.0` target framework and adds `net9.0`.")]
    [InlineData("## 2.3.0\n\n- Removed netcoreapp3.1 and net5.0 TFMs.\n- Added retries to the HTTP sink.")]
    public void AnalyzeByRules_DotNetTargetFrameworkDropped_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, Rules(notes).Kind);

    [Fact]
    public void AnalyzeByRules_DotNetTargetFrameworkAdded_IsNoMigration() =>
        Assert.NotEqual(ReleaseKind.Migration, Rules("## 4.7.2\n\nPolly.Extensions v4.7.2 adds the `net9.0` target framework.").Kind);

    // A runtime floor with a remark in parentheses before "or newer" (and a struck-out old floor) is still a floor.
    [Fact]
    public void AnalyzeByRules_FloorWithRemarkBeforeOrNewer_IsAMigration() =>
        Assert.Equal(ReleaseKind.Migration, Rules("## 3.8 – 2023-04-02\n\n**This version requires Python ~~3.7~~ 3.9 (see the notes below) or newer.**\n\n### Known regressions\n- Feeds with empty titles fail to update. Will be fixed in 3.8.1.").Kind);

    // The Go toolchain's floor told as what building needs is breaking for whoever builds the project.
    [Fact]
    public void AnalyzeByRules_GoVersionRequiredToBuild_IsBreaking() =>
        Assert.Contains(RiskArea.Breaking, Rules("## Go version\n\n- The minimal Go version required to build the operator is v1.25.x").Risks);

    [Fact]
    public void AnalyzeByRules_GoVersionUsedToBuild_IsNotBreaking() =>
        Assert.DoesNotContain(RiskArea.Breaking, Rules("## Go version\n\n- The Go version used to build the operator is v1.25.x").Risks);

    // An XML release element carries the version: a patch titled "Bug Fix" with only fixes is a hotfix.
    [Fact]
    public void AnalyzeByRules_XmlReleaseElementOfAPatch_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Rules("<release date=\"2026-03-02\" version=\"5.1.3\" title=\"Bug Fix\">\n    <release-core-list>\n        <release-bug-list>\n            <release-item>\n                <github-issue id=\"812\"/>\n            </release-item>\n        </release-bug-list>\n    </release-core-list>\n</release>").Kind);

    [Fact]
    public void AnalyzeByRules_XmlReleaseElementOfAMinor_IsNoHotfix() =>
        Assert.NotEqual(ReleaseKind.Hotfix, Rules("<release date=\"2026-03-02\" version=\"5.2.0\" title=\"Parallel Restore\">\n    <release-core-list>\n        <release-bug-list>\n            <release-item>\n                <github-issue id=\"812\"/>\n            </release-item>\n        </release-bug-list>\n    </release-core-list>\n</release>").Kind);

    // A patch whose "Breaking changes" section changes a security default is not a hotfix: callers must act.
    [Fact]
    public void AnalyzeByRules_PatchWithSecurityDefaultUnderBreakingChanges_IsNoHotfix() =>
        Assert.NotEqual(ReleaseKind.Hotfix, Rules("## Upgrading to Acme Portal 3.6.2\n\n**Breaking changes**\n\n* The base `FormController` now enables CSRF protection by default, so subclasses must now set a token ID or disable it explicitly.").Kind);

    [Fact]
    public void AnalyzeByRules_PatchWithSecurityFixOnly_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Rules("## 3.6.2\n\n### Security\n\n* Fix an XSS in the search box (CVE-2026-1234).").Kind);
}
