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

    [Theory]
    [InlineData("=== 4.12.2 (2031-03-04)\n\n* Fix a regression in 4.12.1 where the pool ignored its timeout\n")]
    [InlineData("== 2031-03-04 v4.12.2\n\n=== [Attachments]\n\n* Defect #5120: Thumbnails of rotated images are cropped\n\n=== [Gems support]\n\n* Defect #5133: Starting may fail with a LoadError\n")]
    public void Analyze_RDocHeadingsOfAPatchReleaseOfFixes_AreItsVersionAndSections(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Equal(ReleaseKind.Hotfix, analysis.Kind);
        Assert.DoesNotContain(analysis.Items, item => item.Text.StartsWith('='));
    }

    [Theory]
    [InlineData("Changes with nginx 1.27.3                                        26 Nov 2024\n\n    *) Bugfix: a segmentation fault might occur in a worker process.\n\n    *) Bugfix: the \"proxy_pass\" directive might not work with IPv6 addresses.\n")]
    [InlineData("Changes with Apache 2.4.99\n\n  *) mod_ssl: Fix crashes in PKCS#11 ENGINE support with OpenSSL 3.2.\n\n  *) mod_proxy: Fix canonicalisation of \"balancer:\" URLs set via SetHandler.\n")]
    public void Analyze_PlainTextReleaseHeaderOfAPatchOfFixes_IsItsVersionHeading(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Equal(ReleaseKind.Hotfix, analysis.Kind);
        Assert.DoesNotContain(analysis.Items, item => item.Text.StartsWith("Changes with", StringComparison.Ordinal));
        Assert.All(analysis.Items, item => Assert.True(item.Fix));
    }
}
