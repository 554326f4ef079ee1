using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// The plan does the infrastructure change the notes describe with the tool it is made with: Terraform for node pools
/// (create, drain under PodDisruptionBudgets, delete as a final step), a values or manifest change for Kubernetes
/// resource settings checked on the live objects; never an image rollout or a Helm upgrade in their place.
/// </summary>
public sealed class ChangeToolTests
{
    private static DeploymentPlan Plan(string notes, string? flag = null) => OfflinePlans.Production(notes, flag);

    private static string Text(DeploymentPlan plan) =>
        string.Join('\n', plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification).Concat(plan.Rollback).Concat(plan.NextActions));

    [Fact]
    public void CreatePlan_TerraformNodePoolSwap_PlansAppliesDrainsUnderPdbsAndSaysTheDeletionIsFinal()
    {
        var plan = Plan("tf: new node pool gpu-pool (n1-standard-8 + T4), old pool-a drained + deleted");

        Assert.DoesNotContain("helm", Text(plan), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(plan.Steps, step => step.Action.Contains("`terraform plan", StringComparison.Ordinal) && step.Action.Contains("creates `gpu-pool`", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("`terraform apply tfplan`", StringComparison.Ordinal) && step.Action.Contains("gpu-pool", StringComparison.Ordinal));
        var drain = Assert.Single(plan.Steps, step => step.Action.Contains("kubectl drain", StringComparison.Ordinal));
        Assert.Contains("Cordon every node of `pool-a`", drain.Action, StringComparison.Ordinal);
        Assert.Contains("PodDisruptionBudget", drain.Action, StringComparison.Ordinal);
        var drainAt = plan.Steps.ToList().IndexOf(drain);
        var deleteAt = plan.Steps.ToList().FindIndex(step => step.Action.Contains("delete it", StringComparison.Ordinal));
        Assert.True(deleteAt > drainAt, "the old pool is deleted only after it was drained");
        Assert.Contains(plan.Rollback, line => line.StartsWith("Deleting `pool-a`", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, line => line.StartsWith("PodDisruptionBudgets:", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_OldPoolDeletedAfterADelay_LeavesTheDeletionToAFollowUp()
    {
        var plan = Plan("new node pool np-highmem-2 (n2-highmem-8, 3 nodes). reporting-worker moves there via nodeSelector/toleration. np-highmem-1 drained + deleted after 24h");

        Assert.Contains(plan.Steps, step => step.Action.Contains("Cordon every node of `np-highmem-1`", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("delete it", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("nvidia.com/gpu", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("a follow-up after 24h", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ClusterUpgradeThatNamesNodePoolsAndARemovedApi_DrainsNoPoolNamedAfterTheApi()
    {
        var plan = Plan("k8s 1.27 -> 1.29 on prod-eu (via 1.28). control plane first, then node pools one at a time, surge 1. flowcontrol v1beta2 removed in 1.29 — our manifests already moved to v1beta3. PDBs checked.");

        Assert.DoesNotContain("v1beta2` (", Text(plan), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("kubectl drain", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_MemoryLimitAndHpaHotfix_AppliesTheManifestsChecksTheLiveValuesAndShipsNoImage()
    {
        var plan = Plan("INC-5150: worker OOMKilled in a loop since 14:00 -> memory limit 512Mi -> 1Gi, HPA max 10 -> 20. need it out now");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("release image", StringComparison.Ordinal) || step.Action.Contains("new version", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("kubectl apply -f", StringComparison.Ordinal) && step.Action.Contains("(no new image)", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Check that the change took effect", StringComparison.Ordinal)
            && step.Action.Contains("`kubectl get deploy worker -o jsonpath='{.spec.template.spec.containers[*].resources.limits.memory}'` returns 1Gi", StringComparison.Ordinal)
            && step.Action.Contains("`kubectl get hpa worker -o jsonpath='{.spec.maxReplicas}'` returns 20", StringComparison.Ordinal));
        Assert.Contains(plan.Verification, line => line.Contains("OOMKilled", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Resource rollback: re-apply the previous values (memory limit 512Mi and HPA max replicas 10)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("image tag", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_MemoryLimitOnANamedWorkload_ChangesAndChecksThatLimitOnThatDeployment()
    {
        var plan = Plan("memory limit on worker 512Mi -> 1Gi, HPA max 10 -> 20 (INC-5150, need it out now)");

        Assert.Contains(plan.Steps, step => step.Action.Contains("memory limit 512Mi → 1Gi", StringComparison.Ordinal) && step.Action.Contains("HPA max replicas 10 → 20", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Check that the change took effect", StringComparison.Ordinal)
            && step.Action.Contains("`kubectl get deploy worker -o jsonpath='{.spec.template.spec.containers[*].resources.limits.memory}'` returns 1Gi", StringComparison.Ordinal));
        Assert.DoesNotContain("<deployment>", Text(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_HelmValuesResourceChange_DiffsAndUpgradesTheChartWithTheSameImage()
    {
        var plan = Plan("helm values checkout chart: replicas 4 -> 6, resources.limits.memory 1Gi -> 1.5Gi. removed .Values.legacyIngress (traffic via gateway api HTTPRoute since 2.3)");

        Assert.Contains(plan.Steps, step => step.Action.Contains("`helm diff upgrade`", StringComparison.Ordinal) && step.Action.Contains("memory limit 1Gi → 1.5Gi", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("returns 1.5Gi", StringComparison.Ordinal) && step.Action.Contains("deploy checkout", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("release image", StringComparison.Ordinal) || step.Action.Contains("as a canary", StringComparison.Ordinal));
    }
}
