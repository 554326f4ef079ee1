using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The vehicle of cluster-management controllers, from the FRESH28 review (32nd session, defect 12): cluster-api was planned
/// as a "canary (one replica, about 10% of traffic)" and its support range shown as "values this release changes". They are
/// upgraded on the management cluster with `clusterctl upgrade plan` and `apply`, after checking its Kubernetes version is
/// in the range the notes give, and watched by the controllers' logs and the clusters' and machines' conditions; notes for
/// provider builders (contract, deprecated functions, the Go version) ask nothing of the management cluster now.
/// </summary>
public sealed class Review32ClusterApiTests
{
    [Theory]
    [InlineData("kubernetes-sigs__cluster-api__v1-10-10.md")]
    [InlineData("kubernetes-sigs__cluster-api__v1-10-5.md")]
    [InlineData("kubernetes-sigs__cluster-api__v1-14-contract-deprecation.md")]
    [InlineData("kubernetes-sigs__cluster-api__v1-14-go-dependencies.md")]
    public void Fresh28ClusterControllers_AreUpgradedWithClusterctl_WithNoTrafficCanary(string fixture)
    {
        var plan = Plan(Review32ToolVehicleTests.Fresh28(fixture));

        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
        Assert.DoesNotContain("10% of traffic", Dump(plan), StringComparison.Ordinal);
        Assert.Contains(Actions(plan), step => Has(step, "`clusterctl upgrade plan`"));
        Assert.Contains(Actions(plan), step => Has(step, "`clusterctl upgrade apply`"));
        Assert.DoesNotContain(plan.Verification.Concat(plan.Rollback), line => Has(line, "5xx") || Has(line, "sign in"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "Values this release changes"));
    }

    [Fact]
    public void SupportedRange_IsCheckedBeforeTheUpgrade()
    {
        var actions = Actions(Plan(Review32ToolVehicleTests.Fresh28("kubernetes-sigs__cluster-api__v1-10-10.md")));

        Assert.Contains(actions, step => Has(step, "management cluster v1.28.x to v1.33.x") && Has(step, "stop"));
    }

    [Fact]
    public void NotesForProviderBuilders_AskNothingOfTheManagementClusterNow()
    {
        var plan = Plan(Review32ToolVehicleTests.Fresh28("kubernetes-sigs__cluster-api__v1-14-contract-deprecation.md"));

        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "for whoever builds providers") && Has(line, "nothing changes on the management cluster"));
    }

    /// <summary>An infrastructure provider's notes in its own words: management cluster, machines, its upgrade command.</summary>
    [Fact]
    public void ProviderInOtherWords_IsUpgradedOnTheManagementCluster()
    {
        var notes = "## v0.9.0\n\nThis infrastructure provider now requires a management cluster on Kubernetes v1.29 -> v1.32.\n\n- AcmeMachine sets the failure domain of MachineDeployments it creates\n- Support `clusterctl move` for AcmeCluster objects\n- Fix a reconcile loop when a load balancer is deleted by hand\n";
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
        Assert.DoesNotContain("10% of traffic", Dump(plan), StringComparison.Ordinal);
        Assert.Contains(Actions(plan), step => Has(step, "`clusterctl upgrade apply`") && Has(step, "version 0.9.0"));
        Assert.Contains(plan.Verification, line => Has(line, "every Cluster and Machine Ready"));
    }
}
