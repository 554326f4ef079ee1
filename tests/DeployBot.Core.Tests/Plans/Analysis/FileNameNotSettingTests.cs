using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// "See MIGRATION_GUIDE.md for tips on updating your code": a capitalised name with underscores followed by a file
/// extension is a document, not a setting to apply. A setting that ends a sentence is still one.
/// </summary>
public sealed class FileNameNotSettingTests
{
    [Theory]
    [InlineData("* **Import Path Change**: See MIGRATION_GUIDE.md for tips on updating your code")]
    [InlineData("- Read RELEASE_NOTES.txt before upgrading")]
    public void Analyze_ADocumentNamedInCapitals_IsNoSettingAndNoConfigChange(string item)
    {
        Assert.Empty(ReleaseAnalyzer.SettingNames(item));
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Config));
    }

    [Theory]
    [InlineData("- Set SESSION_TTL. It now defaults to 12h.", "SESSION_TTL")]
    [InlineData("- New setting MAX_UPLOAD_MB.", "MAX_UPLOAD_MB")]
    public void SettingNames_ASettingEndingASentence_IsStillOne(string item, string setting) =>
        Assert.Contains(setting, ReleaseAnalyzer.SettingNames(item));
}
