using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind consequences of the twenty-fifth session's areas round, as an SRE states them. The notes are made up
/// in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules25Tests
{
    private static ReleaseKind Kind(string notes) => ReleaseAnalyzer.Analyze(notes).Kind;

    // A patch whose one item stops the upgrade migration from dropping something removes nothing: a hotfix. The patch
    // that makes the drop is not.
    [Fact]
    public void Analyze_PatchThatStopsADrop_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Kind("## 1.8.1 (2025-03-02)\n\n- Don't drop the audit functions when the schema is reloaded."));

    [Fact]
    public void Analyze_PatchThatMakesTheDrop_IsNoHotfix() =>
        Assert.NotEqual(ReleaseKind.Hotfix, Kind("## 1.8.1 (2025-03-02)\n\n- Drop the audit functions when the schema is reloaded."));

    // A patch whose template lists "Breaking Changes: None" breaks nothing: its fixes make it a hotfix.
    [Fact]
    public void Analyze_PatchWithAnEmptyBreakingSection_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Kind("## 6.4.2 (2025-02-01)\n\n- Breaking Changes\n  - None\n- Fixed\n  - Fix the session timeout being ignored after a restart"));
}
