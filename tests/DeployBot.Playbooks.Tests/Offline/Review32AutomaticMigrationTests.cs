using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the 31st session's reading of the FRESH28 plans found (grocy 4.0.0): notes that say the new version converts the data
/// already stored by itself ("An existing … was automatically migrated to …") got a canary beside the old version and a
/// rollback that redeployed the previous image, as if the old version could run on the converted data. The notes here are
/// this file's own.
/// </summary>
public sealed class Review32AutomaticMigrationTests
{
    /// <summary>
    /// Stored data converted by the upgrade itself: a snapshot, the old version stopped, the new one started once (no canary),
    /// and a rollback that restores the snapshot, quoting the notes' own item (not the whole list around it).
    /// </summary>
    [Theory]
    [InlineData("## 5.0.0\n\n### Invoices\n\n- Invoices now support several currencies\n- The setting \"Round totals\" was removed\n  - An existing \"Round totals\" choice was automatically migrated to a per-invoice rounding rule\n- New export button\n", "per-invoice rounding rule")]
    [InlineData("## 2.0.0\n\n- The embedded store now uses a new page format. The database will be automatically converted to the new format the first time you start this version.\n- Dark mode.\n", "converted to the new format")]
    [InlineData("# 3.0\n\n* Saved searches have been replaced by views. Saved searches will be automatically converted to views on upgrade.\n* Python 3.10 is the minimum.\n", "converted to views on upgrade")]
    public void StoredDataConvertedByTheUpgrade_StartsOnceAfterASnapshot_AndRollsBackByRestoring(string notes, string quoted)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);
        var snapshot = steps.FindIndex(action => Has(action, "snapshot right before the first data change"));
        var start = steps.FindIndex(action => Has(action, "start") && Has(action, "once") && Has(action, "no canary"));

        Assert.True(snapshot >= 0, Dump(plan));
        Assert.True(start > snapshot, Dump(plan));
        Assert.DoesNotContain(steps, action => Has(action, "as a canary"));
        Assert.Contains(steps, action => Has(action, "Announce the downtime") && Has(action, quoted));
        Assert.Contains(plan.Rollback, line => Has(line, "restore the snapshot") && Has(line, "no way back"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "The data upgrade") && Has(line, "New export button"));
    }

    /// <summary>What the software now does with its input, or what a hosted service did for its own users, is no data migration here.</summary>
    [Theory]
    [InlineData("## 7.2.0\n\n* Minor feature: timestamps in several common formats are now automatically converted to ISO 8601 for the `Date` header.\n* Fix a typo in the README.\n")]
    [InlineData("## 2.26.0\n\n* The old rollup format has been removed. Customers of the hosted service have already been automatically migrated.\n* Faster rollups.\n")]
    public void ConversionOfInputOrOfSomeoneElsesData_AddsNoDataMigration(string notes)
    {
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.False(Has(text, "Announce the downtime"), text);
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "The data upgrade"));
    }
}
