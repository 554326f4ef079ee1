using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The label every node of a managed Kubernetes node pool carries, by provider: GKE <c>cloud.google.com/gke-nodepool</c>,
/// EKS <c>eks.amazonaws.com/nodegroup</c>, AKS <c>agentpool</c>. The provider is read from the notes and the Terraform
/// file (its name, a machine type such as n1-standard-8, m5.xlarge or Standard_D8s_v5); when none is clear, the step
/// names the label of each, never a placeholder to fill in at 2 a.m.
/// </summary>
/// <param name="Key">The provider's label key, or null when the provider is unknown.</param>
internal sealed partial record NodePoolLabel(string? Key)
{
    public static NodePoolLabel Of(PlanFacts facts)
    {
        var text = $"{facts.Notes}\n{facts.Paths.Terraform}";
        return new(Gke().IsMatch(text) ? "cloud.google.com/gke-nodepool"
            : Eks().IsMatch(text) ? "eks.amazonaws.com/nodegroup"
            : Aks().IsMatch(text) ? "agentpool"
            : null);
    }

    /// <summary>"`kubectl get nodes -l cloud.google.com/gke-nodepool=gpu-pool`".</summary>
    public string List(string pool) => Key is { } key
        ? $"`kubectl get nodes -l {key}={pool}`"
        : $"`kubectl get nodes -l` with the node label of pool {pool}: {Each(pool)}";

    /// <summary>"`kubectl cordon -l cloud.google.com/gke-nodepool=pool-a`".</summary>
    public string Cordon(string pool) => Key is { } key
        ? $"`kubectl cordon -l {key}={pool}`"
        : $"`kubectl cordon -l` with the node label of pool {pool}: {Each(pool)}";

    private static string Each(string pool) =>
        $"`cloud.google.com/gke-nodepool={pool}` on GKE, `eks.amazonaws.com/nodegroup={pool}` on EKS, `agentpool={pool}` on AKS";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bgke\b | \bgcp\b | \bgoogle\b | \bgce\b | google_container_node_pool | \b(?:n1|n2|n2d|n4|e2|c2|c2d|c3|c3d|c4|t2a|t2d|a2|a3|g2|m1|m2|m3)-(?:standard|highmem|highcpu|megamem|ultramem|highgpu|custom|micro|small|medium)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Gke();

    [GeneratedRegex(@"\beks\b | \baws\b | aws_eks_node_group | \bkarpenter\b | \b(?:[mcrtgpiz]\d[a-z]*|inf\d|trn\d)\.(?:nano|micro|small|medium|large|metal|\d*xlarge)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Eks();

    [GeneratedRegex(@"\baks\b | \bazure\b | azurerm_kubernetes_cluster_node_pool | \bStandard_[A-Z]\w+ | \bagentpool\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Aks();
}
