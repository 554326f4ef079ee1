using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>The drain of an old node pool selects its nodes by the provider's own node-pool label, never a placeholder.</summary>
public sealed class NodePoolLabelTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.Production(notes);

    [Theory]
    [InlineData("tf: new node pool gpu-pool (n1-standard-8, 2-6 nodes), old pool-a drained + deleted", "cloud.google.com/gke-nodepool")]
    [InlineData("tf: new node group gpu-pool (g5.xlarge, 2-6 nodes) on EKS, old pool-a drained + deleted", "eks.amazonaws.com/nodegroup")]
    [InlineData("tf: new node pool gpupool (Standard_NC6s_v3, 2-6 nodes), old pool-a drained + deleted", "agentpool")]
    public void CreatePlan_NodePoolOfAKnownProvider_CordonsByThatProvidersLabel(string notes, string label)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Steps, step => step.Action.Contains($"`kubectl cordon -l {label}=pool-a`", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("<node-pool label>", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_NodePoolOfAnUnknownProvider_NamesTheNodeLabelOfThePoolWithoutAPlaceholder()
    {
        var plan = Plan("tf: new node pool gpu-pool (8 vCPU, 2-6 nodes), old pool-a drained + deleted");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Cordon every node of `pool-a`", StringComparison.Ordinal)
            && step.Action.Contains("the node label of pool pool-a", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("<node-pool label>", StringComparison.Ordinal));
    }
}
