using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// An operator release that removes CRDs (FRESH26 sweep #6, kube-arangodb 1.4.4): before the upgrade, no object of those kinds
/// may exist, since deleting a CRD deletes its objects; and a bug fix ("(Bugfix) Disable … when …") is no deletion put off
/// to a follow-up. Every positive failed on main at f447643 (its Host dll, same notes); the notes are this file's own.
/// </summary>
public sealed class Review30CrdTests
{
    private const string Operator = "## [2.7.0](https://github.com/example/kube-widgets/tree/2.7.0) (2026-03-02)\n- (Feature) (Chart) Add PodDisruptionBudget to the operator chart\n- (Feature) Remove Mirror operator and WidgetMirror CRD\n- (Feature) Remove Batch operator and all related CRDs (WidgetBatch, WidgetCronBatch)\n- (Bugfix) Disable leader handover when a not-Ready member holds the only replica\n- (Bugfix) Add missing CRDs\n";

    /// <summary>Main planned no check of existing objects of the removed kinds.</summary>
    [Fact]
    public void RemovedCrds_AreConfirmedEmptyBeforeTheUpgrade()
    {
        var plan = Plan(Operator);

        Assert.Contains(Actions(plan), step => Has(step, "`kubectl get widgetmirror,widgetbatch,widgetcronbatch -A`") && Has(step, "deleting a CRD deletes every object"));
    }

    /// <summary>Main put the bug fix off as "a follow-up, not tonight, and cannot be undone once done".</summary>
    [Fact]
    public void ABugFixThatDisablesSomething_IsNoDeletionPutOff()
    {
        var text = Dump(Plan(Operator));

        Assert.DoesNotContain("Disable leader handover", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not tonight", text, StringComparison.Ordinal);
    }

    /// <summary>Counterexample: an operator release that only adds a CRD gets no such check.</summary>
    [Fact]
    public void AnAddedCrd_NeedsNoEmptyCheck()
    {
        var plan = Plan("## [2.7.1](https://github.com/example/kube-widgets/tree/2.7.1) (2026-03-09)\n- (Feature) Add WidgetLink CRD\n- (Bugfix) Add missing CRDs\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "kubectl get") && Has(step, "must list nothing"));
    }
}
