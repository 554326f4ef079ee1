using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Release notes in reStructuredText (Python projects' CHANGES.rst, Sphinx's changelog extension) read with their
/// structure: the underlined version title and the sections. The notes are made up in those styles.
/// </summary>
public sealed class RestructuredTextTests
{
    [Theory]
    [InlineData("Acme 4.2.7\n^^^^^^^^^^\n\n- Fix a crash when the pool is closed twice.\n- Fix the retry delay after a lost connection.\n")]
    [InlineData("4.2.7 (2031-03-02)\n~~~~~~~~~~~~~~~~~~\n\n* Fixed a leak of file handles on timeouts.\n")]
    [InlineData("==========\nAcme 4.2.7\n==========\n\n- Fix a crash when the pool is closed twice.\n")]
    public void Analyze_RstPatchReleaseOfFixes_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_SphinxChangelogEntries_AreReadAsItemsUnderTheirVersion()
    {
        const string notes = """
            .. changelog::
                :version: 3.1.4
                :released: March 3, 2031

                .. change::
                    :tags: bug, sessions
                    :tickets: 1201

                    Fixed the session cookie not being renewed after the password of the user was changed.
            """;

        var analysis = ReleaseAnalyzer.Analyze(notes);

        var item = Assert.Single(analysis.Items);
        Assert.Contains("session cookie", item.Text, StringComparison.Ordinal);
        Assert.True(analysis.Has(RiskArea.Auth));
        Assert.Equal(ReleaseKind.Hotfix, analysis.Kind);
    }

    [Theory]
    [InlineData("## 1.2.0\n\n### Added\n\n- A `--dry-run` flag.\n\n---\n\n***\n")]
    [InlineData("Release 1.2.0\n\n```\nrun this\n```\n")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |\n")]
    public void ToMarkdown_MarkdownNotes_AreLeftAsTheyAre(string notes) =>
        Assert.Same(notes, RestructuredText.ToMarkdown(notes));

    [Fact]
    public void ToMarkdown_UnderlineShorterThanItsTitle_IsNotATitle()
    {
        const string notes = "Upgrade the database first\n~~~\n";

        Assert.Same(notes, RestructuredText.ToMarkdown(notes));
    }

    [Fact]
    public void Analyze_SitePageWithFrontMatter_ReadsItsTitleAsTheVersionAndNotItsFieldsAsItems()
    {
        const string notes = "+++\ntitle = \"Acme-2.4.3 Release\"\nrelease = \"2.4.3\"\ntags = [\"Release\"]\n+++\n\n## Bug fixes\n\n- Fix a crash when the cache is empty.\n";

        var analysis = ReleaseAnalyzer.Analyze(notes);

        var item = Assert.Single(analysis.Items);
        Assert.Contains("crash", item.Text, StringComparison.Ordinal);
        Assert.Equal(ReleaseKind.Hotfix, analysis.Kind);
    }

    [Fact]
    public void Analyze_NotesThatOpenWithARule_KeepTheirItems()
    {
        var analysis = ReleaseAnalyzer.Analyze("---\n## 2.0.0\n- Drop the `legacy_sessions` table.\n---\n");

        Assert.Contains(analysis.Items, item => item.Text.Contains("legacy_sessions", StringComparison.Ordinal));
    }
}
