using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The per-release context: what the whole notes say about whose changelog it is changes how an item is read. The notes
/// are made up in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class ReleaseContextTests
{
    [Theory]
    [InlineData("## Version 3.4.1\n* Libs/Go: Fix `retryCount` being ignored when zero\n* Libs/Ruby: Fix `retryCount` being ignored when zero")]
    [InlineData("[2030-01-02] Version 8.1.0\n---\n**Library - Fix**\n- Handle an empty `pageToken` in list calls\n")]
    [InlineData("## 4.2.0\n\n**Billing**\n- # API Changes\n- Added 2 new path(s)\n- Removed `legacyAmount` from `InvoiceResponse`\n")]
    [InlineData("## 12.3.1\n\n- Fix `Create` returning an error for valid inputs in the `twilio.Client` pattern")]
    [InlineData("## 7.0.2\n\n- Add the missing `currency` field, which was left out of this SDK by mistake")]
    [InlineData("## 7.1.0\n\n- Update the pinned API version to `2031-04-01`\n- Add `status` to list results")]
    public void Analyze_NotesOfAVendorsClientLibrary_AreExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));

    [Fact]
    public void Analyze_RemovedFieldInAClientLibrarysApiLog_IsBreakingAndDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze("## 4.2.0\n\n- # API Changes\n- Added 2 new path(s)\n- Removed `legacyAmount` from `InvoiceResponse`\n");

        Assert.True(analysis.Has(RiskArea.Breaking));
        Assert.Contains(analysis.Destructive, item => item.Text.Contains("legacyAmount", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 9.1.2\n\n- fix(lib/document): keep `toObject` options when cloning\n- Fix the retry delay of failed jobs")]
    [InlineData("## 2.3.0\n\n### API changes\n\n- The `limit` argument of `find()` now defaults to 50")]
    public void Analyze_LibraryNotesWithoutAVendorApi_AreNotExternal(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));

    [Theory]
    [InlineData("## 4.1.0\n\n* Reports will be automatically converted to custom scripts on upgrade.")]
    [InlineData("## 2.9.0\n\n* encrypt sensitive columns (#1201)")]
    [InlineData("## 25.1.0\n\n* Add migration to set default alert selector (#7475)")]
    [InlineData("## 3.0.0\n\n- Replace Whoosh with tantivy search backend")]
    public void Analyze_ImpliedRewriteOfStoredData_IsData(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Data));

    [Fact]
    public void Analyze_MinorReleaseThatEncryptsAColumnAndAddsAnIndex_IsNotAMigration() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze("## 2.9.0\n\n* encrypt sensitive columns\n* add an index on `users.email`").Kind);

    [Theory]
    [InlineData("## 4.2.3\n\n### Bug Fixes\n\n* #18353 - Disable fetching of plugin data when `ISOLATED_DEPLOYMENT` is enabled")]
    [InlineData("## 14.0.3\n\nThis is a patch release with a bug fix for the `--sortr` flag.")]
    public void Analyze_FixNamingASetting_IsNotAConfigChange(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config));

    [Theory]
    [InlineData("## 8.4.2\n\n- Fix a crash when reading incoming emails without a subject")]
    [InlineData("## 8.4.2\n\n- Reuse connections to an external NATS server")]
    [InlineData("## 8.4.2\n\n- Retry when the mail server refuses the connection")]
    public void Analyze_AThirdPartySystemTheServiceTalksTo_IsExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));

    [Theory]
    [InlineData("## 3.2.0\n\n- Add `@sentry/node` to the dev dependencies\n- This library now ships ES modules")]
    [InlineData("## 3.2.0\n\n- Render external links with `rel=noopener`")]
    public void Analyze_ALibraryThatIsNotAVendorClient_IsNotExternal(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));

    [Fact]
    public void Analyze_OwnRestApiWithoutAVendorName_IsNotExternal() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 4.2.0\n\n* Obsolete nested REST API serializers have been removed.").Has(RiskArea.External));
}
