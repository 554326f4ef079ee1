using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// When a required action happens, from the FRESH24 sweep (28th session): what gets the upgrade itself through, and the
/// choice to keep a previous default, come before the rollout; a default that deletes data sooner is decided before it too.
/// Every positive fails on the earlier code (checked against main's build at c2e926d, kept aside).
/// </summary>
public sealed class Review28TimingTests
{
    /// <summary>
    /// (argo-helm 9.1.0) "The upgrade will complain about … To overcome this, you will need to delete …": the plan put the
    /// delete "once the new version runs", after a `helm upgrade --atomic` that fails on the immutable selector.
    /// </summary>
    [Theory]
    [InlineData("## 4.2.0\n\nThis chart changes the selector labels of the `pgbouncer` Deployment. The upgrade will fail because a Deployment selector is immutable. To work around this, you will need to delete the `pgbouncer` Deployment with orphaned pods kept, then let the chart create it again.\n\n- Add `pgbouncer.resources` to the values.\n", "To work around this")]
    [InlineData("## 7.0.0\n\n- The post-install Job spec changed. You must delete the `minio-provisioning` Job before running helm upgrade, as Kubernetes cannot patch a Job's template.\n- Add `podLabels` to the values.\n", "You must delete")]
    public void ActionThatGetsTheUpgradeThrough_ComesBeforeTheUpgrade(string notes, string quoted)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        var action = actions.FindIndex(step => Has(step, quoted));
        Assert.True(action >= 0, Dump(plan));
        Assert.StartsWith("Before the rollout", actions[action], StringComparison.Ordinal);
        var upgrade = actions.FindIndex(step => Has(step, "helm upgrade --") || Has(step, "Start the rollout"));
        Assert.True(upgrade > action, Dump(plan));
    }

    /// <summary>A cleanup the notes put after the upgrade stays after it.</summary>
    [Fact]
    public void CleanupAfterTheUpgrade_StaysAfterTheRollout()
    {
        var plan = Plan("## 7.1.0\n\n- The provisioning Deployment was renamed. Once the upgrade has finished, you should delete the orphaned ReplicaSets left behind by the old Deployment.\n- Add `podLabels` to the values.\n");

        var cleanup = Actions(plan).Single(step => Has(step, "orphaned ReplicaSets"));

        Assert.StartsWith("Once the new version runs", cleanup, StringComparison.Ordinal);
    }

    /// <summary>
    /// (pg-boss 6.0.0 onComplete) "To restore the previous behavior …, you should set X": the plan set it "once the new
    /// version runs", so everything served during the rollout ran with the new default. It is the owner's choice, before.
    /// </summary>
    [Fact]
    public void WayToKeepThePreviousDefault_IsDecidedBeforeTheRollout()
    {
        var plan = Plan("## 5.0.0\n\n- BREAKING: automatic retries are now off by default. To restore the previous behavior, you need to set retry to true when you construct the client.\n- Faster parsing of large payloads.\n");
        var actions = Actions(plan);

        var keep = actions.FindIndex(step => Has(step, "To restore the previous behavior"));
        Assert.True(keep >= 0, Dump(plan));
        Assert.StartsWith("Before the rollout, decide with the service owner whether to keep the previous behaviour", actions[keep], StringComparison.Ordinal);
        Assert.True(keep < actions.FindIndex(step => Has(step, "Start the rollout")), Dump(plan));
    }

    /// <summary>
    /// (pg-boss 6.0.0 retention) "The default retention … has been reduced from A to B days": the first maintenance run after
    /// the upgrade deletes what is older, and no step kept it. The owner pins the old period or accepts the new one first.
    /// </summary>
    [Fact]
    public void ShortenedDefaultRetention_GetsTheOwnersDecisionBeforeTheRollout()
    {
        var plan = Plan("## 3.0.0\n\n- BREAKING: the default retention for completed tasks has been reduced from 60 to 7 days. It can still be set with the `keepCompletedFor` option.\n- Faster polling of the task table.\n");
        var actions = Actions(plan);

        var decide = actions.FindIndex(step => Has(step, "pin the previous retention (60 days)"));
        Assert.True(decide >= 0, Dump(plan));
        Assert.Contains("accept the new default of 7 days", actions[decide], StringComparison.Ordinal);
        Assert.True(decide < actions.FindIndex(step => Has(step, "Start the rollout")), Dump(plan));
        Assert.Contains(plan.Rollback, line => Has(line, "Retention cannot be undone"));
    }

    /// <summary>A default TTL the notes now state ("is now 6 hours") is confirmed before the upgrade as well.</summary>
    [Fact]
    public void DefaultExpiryThatIsNowAPeriod_IsConfirmedBeforeTheUpgrade()
    {
        var plan = Plan("## 9.0.0\n\n- The default TTL of stored sessions is now 6 hours; sessions older than that expire.\n- Smaller session cookies.\n");

        Assert.Contains(Actions(plan), step => step.StartsWith("Before upgrading, confirm the 6 hours retention", StringComparison.Ordinal));
    }

    /// <summary>A longer retention deletes nothing sooner: no retention step.</summary>
    [Fact]
    public void LongerDefaultRetention_GetsNoRetentionStep()
    {
        var plan = Plan("## 3.0.0\n\n- The default retention for completed tasks was increased from 7 to 60 days.\n- Faster polling of the task table.\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "retention"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "Retention cannot be undone"));
    }
}
