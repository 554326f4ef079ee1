using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// How the shape of plain-text notes is read (sixth round): a version-and-date line is a heading, a ";" inside a code
/// span does not split the item, and added translations are upkeep, not a feature. Made-up notes.
/// </summary>
public sealed class NoteStructureTests
{
    [Fact]
    public void Analyze_PlainTextChangesFileWithAPatchVersionLine_ReadsTheLineAsTheVersionHeading()
    {
        const string notes = """
            4.7.2  2025-11-02T10:41:09Z
                 - Fixed a crash when the spool directory is missing.
                 - Fixed the progress bar overrunning on narrow terminals.
            """;

        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Equal(ReleaseKind.Hotfix, analysis.Kind);
        Assert.DoesNotContain(analysis.Items, item => item.Text.Contains("2025-11-02", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SemicolonInsideACodeSpan_KeepsTheCommandInOneItem()
    {
        var analysis = ReleaseAnalyzer.Analyze("- On SQLite the upgrade needs `bin/dump --all ; bin/load --replace` once.");

        Assert.Single(analysis.Items);
    }

    [Theory]
    [InlineData("- Added missing Polish translations")]
    [InlineData("- feat(i18n): update Korean translations")]
    public void Analyze_PatchReleaseWhoseOnlyAdditionIsTranslations_IsAHotfix(string translations)
    {
        var analysis = ReleaseAnalyzer.Analyze($"## 3.2.1\n- Fixed the export of empty boards\n{translations}");

        Assert.Equal(ReleaseKind.Hotfix, analysis.Kind);
    }
}
