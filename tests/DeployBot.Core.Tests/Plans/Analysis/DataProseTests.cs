using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Upgrade notes describe rewrites of stored data in prose rather than with the words backfill or reindex (sixth round),
/// also as values the operator converts by hand (seventh round);
/// a bug that could lose data is not a rewrite. Made-up items.
/// </summary>
public sealed class DataProseTests
{
    [Theory]
    [InlineData("- The `accounts_old` table is gone: its rows are moved into the `accounts` table during the upgrade.")]
    [InlineData("- Because the new `priority` field cannot be empty, the upgrade assigns NORMAL to all tickets.")]
    [InlineData("- Members who used the retired dark theme will have it switched to the default theme.")]
    [InlineData("- All previously rendered previews will be invalidated after updating.")]
    [InlineData("- A full rebuild of the reporting tables is needed after the upgrade.")]
    [InlineData("- After upgrading, load your saved boards back into the new instance.")]
    [InlineData("- On SQLite the upgrade requires running `bin/dump --all ; bin/restore --replace`.")]
    [InlineData("- Added a nightly job to purge sessions that expired more than 30 days ago.")]
    [InlineData("- If you stored amounts with the old driver, you need to convert those amount columns from text to numeric.")]
    [InlineData("- Run the following statement to fix the existing rows written with the wrong time zone.")]
    public void Analyze_StoredDataRewrittenInProse_IsData(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Data));

    [Fact]
    public void Analyze_ABugThatCouldLoseData_IsNotADataRewrite() =>
        Assert.False(ReleaseAnalyzer.Analyze("- Fixed a race in the upload handler that could cause data loss on restart.").Has(RiskArea.Data));

    [Fact]
    public void Analyze_ARequiredRebuildOfDerivedTables_MakesAMigration() =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze("## 3.4\n- A new column was added to the `usage_daily` table.\n- A full re-export of the usage tables is required.").Kind);
}
