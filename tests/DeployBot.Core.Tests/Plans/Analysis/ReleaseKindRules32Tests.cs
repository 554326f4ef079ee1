using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the thirty-second session's round (FRESH29 read), judged on the rules alone
/// (<see cref="ReleaseAnalyzer.AnalyzeByRules"/>). The notes are made up in the styles of real changelogs (not copied from
/// the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules32Tests
{
    private static ReleaseAnalysis Rules(string notes) => ReleaseAnalyzer.AnalyzeByRules(notes);

    // A letter patch ("3.2b to 3.2c") of fixes only is a hotfix: the letter is the patch number of those projects.
    [Fact]
    public void AnalyzeByRules_LetterPatchOfFixes_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Rules("CHANGES FROM 3.2b TO 3.2c\n\n* Fix a crash when the status line is empty (issue 812).\n\n* Fix the cursor position after a resize (issue 815).").Kind);

    [Fact]
    public void AnalyzeByRules_ChangesHeaderIsAHeaderNotAnItem() =>
        Assert.True(ReleaseAnalyzer.IsReleaseHeader("CHANGES FROM 3.2b TO 3.2c"));

    [Fact]
    public void AnalyzeByRules_MinorStepOfFeatures_IsNoHotfix() =>
        Assert.NotEqual(ReleaseKind.Hotfix, Rules("CHANGES FROM 3.1 TO 3.2, 12 May 2021\n\n* Add a new popup menu for windows.\n\n* Add support for extended keys.\n\n* Fix a crash when the status line is empty.").Kind);

    // A list item holding only a version and its date heads the release in plain-text CHANGES files.
    [Fact]
    public void AnalyzeByRules_BulletVersionLineOfAPatchOfFixes_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Rules("* 2.7.4 (March 3, 2021)\n  * Fix a leak of sockets when the pool is reset. #1402\n  * Fix the retry of `EXEC` after a timeout. #1410").Kind);

    [Fact]
    public void AnalyzeByRules_BulletVersionLineOfAMinor_IsNoHotfix() =>
        Assert.NotEqual(ReleaseKind.Hotfix, Rules("* 2.8.0 (March 3, 2021)\n  * Add support for the `LPOS` command. #1402\n  * Fix the retry of `EXEC` after a timeout. #1410").Kind);
}
