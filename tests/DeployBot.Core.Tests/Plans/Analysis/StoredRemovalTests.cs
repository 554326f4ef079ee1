using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Removing a table, column or index removes its data: the item is a schema change that destroys data (a contract step
/// with a snapshot and an irreversible rollback line), however the sentence is worded. Made-up notes.
/// </summary>
public sealed class StoredRemovalTests
{
    [Theory]
    [InlineData("- The old rows are not removed after the move, so delete those tables (audit_v1, audit_rows) yourself to save space.")]
    [InlineData("- The `tokens` column was dropped.")]
    [InlineData("- Truncated the `events_archive` table.")]
    [InlineData("- PostgreSQL: the legacy `audit` table is dropped by migration 0042.")]
    public void Analyze_RemovingAStoredThing_IsASchemaChangeThatDestroysData(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.True(analysis.Has(RiskArea.Schema));
        Assert.Contains(analysis.Destructive, item => item.DestroysData);
    }

    [Theory]
    [InlineData("- Removed the table of contents from the admin guide.")]
    [InlineData("- Deleted the unused `Table` component from the web UI kit.")]
    [InlineData("- Removed the `index.html` redirect for old links.")]
    [InlineData("- Dropped support for reading tables from MySQL 5.6.")]
    [InlineData("- Removed the `reindex` button from the settings page.")]
    [InlineData("- Removed the `Priority` column from the ticket list view.")]
    [InlineData("- Removed the deprecated `columns` parameter from `to_csv()`.")]
    [InlineData("- Renamed the `index` setting to `search_index`.")]
    public void StoredRemoval_RemovalOfSomethingElse_DoesNotCount(string item) =>
        Assert.DoesNotMatch(DestructivePatterns.StoredRemoval(), item);
}
