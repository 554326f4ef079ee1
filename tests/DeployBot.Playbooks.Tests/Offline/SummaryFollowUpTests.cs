using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The summary says what happens tonight: a ramp spread over days reaches only its first stage, a flag named in the
/// notes is said to come from them, and a deletion put off to a follow-up is not summarised as a removal.
/// </summary>
public sealed class SummaryFollowUpTests
{
    private static DeploymentPlan Plan(string notes, string? flag = null) => OfflinePlans.Production(notes, flag);

    [Fact]
    public void CreatePlan_RampSpreadOverDays_SummarisesTonightsStageAndTheLaterOnes()
    {
        var plan = Plan("checkout v2.8.0: new payment summary page, ramp 10% then 50/100 over 3 days", flag: "new_summary");

        var flag = plan.Summary[3];
        Assert.DoesNotContain("step by step", flag, StringComparison.Ordinal);
        Assert.Contains("taken only to 10% tonight", flag, StringComparison.Ordinal);
        Assert.Contains("the later stages (50% → 100%) follow over 3 days", flag, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_FlagNamedInTheNotesOnly_SaysNoFlagWasGiven()
    {
        var plan = Plan("checkout v2.8.0: new payment summary page behind flag new_summary");

        Assert.StartsWith("The risky change ships dark behind the flag new_summary (named in the notes; no FLAG was given), ramped 1% → 10% → 50% → 100%", plan.Summary[3], StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_DeletionPutOffAfterAWait_IsSummarisedAsAFollowUpNotARemovalTonight()
    {
        var plan = Plan("reindex products into products_v3 (new analyzer), flip alias, delete products_v2 after 48h");

        var summary = string.Join('\n', plan.Summary);
        Assert.DoesNotContain("removals confirmed unused", summary, StringComparison.Ordinal);
        Assert.Contains("the deletion of products_v2 is a follow-up after 48h, not tonight", summary, StringComparison.Ordinal);
        Assert.Contains(plan.NextActions, line => line.Contains("\"delete products_v2 after 48h\"", StringComparison.Ordinal)
            && line.Contains("the alias points at the new index", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_DeletionPutOffInASentenceOfItsOwn_IsNamedMidSentenceInTheSummary()
    {
        var plan = Plan("deploy of order-router 3.0.0. We replace RabbitMQ by SQS for the order queue. The exchange orders.fanout is deleted when the queue is empty.");

        Assert.Contains("the deletion of the exchange orders.fanout is a follow-up when the queue is empty, not tonight", string.Join('\n', plan.Summary), StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_NodePoolDeletedAfterAWait_IsAFollowUpGatedOnTheEmptyPool()
    {
        var plan = Plan("new node pool np-highmem-2 (n2-highmem-8, 3 nodes). reporting-worker moves there via nodeSelector/toleration. np-highmem-1 drained + deleted after 24h");

        Assert.Contains("the deletion of node pool np-highmem-1 is a follow-up after 24h, not tonight", string.Join('\n', plan.Summary), StringComparison.Ordinal);
        Assert.Contains(plan.NextActions, line => line.Contains("after 24h, once `np-highmem-1` runs no workload pods", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.NextActions, line => line.Contains("consumer group", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_NothingToDeployOrApply_SaysSoInsteadOfAnEmptyList()
    {
        var plan = Plan("docs: how to drop a column safely (runbook update), no code changes");

        Assert.DoesNotContain(" as .", plan.Summary[0], StringComparison.Ordinal);
        Assert.EndsWith("as no change the notes ask to deploy or apply.", plan.Summary[0], StringComparison.Ordinal);
    }
}
