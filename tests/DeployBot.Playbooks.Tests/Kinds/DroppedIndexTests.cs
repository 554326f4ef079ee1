using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// An index holds no data of its own: dropping one is undone by creating it again, not by restoring a snapshot. A copy the
/// notes say was archived before a drop is a second way back, checked before the contract step.
/// </summary>
public sealed class DroppedIndexTests
{
    [Fact]
    public void CreatePlan_CollectionAndIndexDropped_OnlyTheCollectionIsIrreversibleAndTheArchiveIsChecked()
    {
        var plan = OfflinePlans.ValidProduction("catalog-svc: dropping mongo collection product_drafts_old (archived to s3 last week) + removing unused index sku_1_region_1 on products");

        Assert.Contains(plan.Rollback, line => line.StartsWith("The contract step for \"product_drafts_old\" cannot be reversed", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Dropping the index \"sku_1_region_1\" loses no data", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("sku_1_region_1", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("(\"archived to s3 last week\")", StringComparison.Ordinal) && line.Contains("check that it is complete", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Take a snapshot right before the contract step for \"product_drafts_old\" and record", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal)
            && step.Action.Contains("record the definition of \"sku_1_region_1\" before dropping it", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_OnlyAnIndexDropped_IsAValidPlanThatRecreatesItToGoBack()
    {
        var plan = OfflinePlans.ValidProduction("Drop the unused index idx_orders_legacy_status on orders");

        Assert.Contains(plan.Summary, line => line.Contains("the dropped index (\"idx_orders_legacy_status\") loses no data and is created again to go back", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains("record the definition of \"idx_orders_legacy_status\" first", StringComparison.Ordinal)
            && step.Action.Contains("DROP INDEX CONCURRENTLY", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Take a snapshot right before the contract step", StringComparison.Ordinal));
    }
}
