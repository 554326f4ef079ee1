using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A dropped MongoDB collection is planned like a dropped table: named in a contract step after the rollout, with a
/// snapshot right before it and a rollback line that says it cannot be reversed; not as a removal the previous version brings back.
/// </summary>
public sealed class DroppedCollectionTests
{
    [Fact]
    public void CreatePlan_MongoCollectionDropped_IsAContractStepThatCannotBeReversed()
    {
        var plan = OfflinePlans.ValidProduction("catalog-svc: dropping mongo collection product_drafts_old (archived to s3 last week) + removing unused index sku_1_region_1 on products");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains("\"product_drafts_old\"", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("product_drafts_old", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("the previous version brings", StringComparison.Ordinal));
    }

    /// <summary>The contract step gives the command in MongoDB's shell, not an SQL DROP the operator would have to translate at 2 a.m.</summary>
    [Fact]
    public void CreatePlan_MongoCollectionDropped_GivesTheMongoshCommand()
    {
        var plan = OfflinePlans.ValidProduction("catalog-svc: dropping mongo collection product_drafts_old (archived to s3 last week)");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal)
            && step.Action.Contains("`db.getCollection(\"product_drafts_old\").drop()`", StringComparison.Ordinal));
    }
}
