using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>A monitoring stack's chart, known by the scrape jobs of the cluster's own components it configures.</summary>
internal sealed partial record PackagedRelease
{
    /// <summary>
    /// The notes change which series the scrape jobs of the cluster's own components collect ("From `{job="kubelet"}` drop
    /// …", "`{job="apiserver"}`"): that scrape configuration is the monitoring stack's, installed with its chart, not an image
    /// the operator builds. An application or an exporter names its own metrics, not the kubelet's or the API server's job.
    /// </summary>
    private static bool ScrapesCluster(string notes) => ClusterScrapeJob().IsMatch(notes) && MetricDrop().IsMatch(notes);

    [GeneratedRegex(@"\{\s*job\s*=~?\s*""(?:kubelet|apiserver|kube-apiserver|kube-[\w-]+|coredns|kube-dns|etcd|node-exporter|cadvisor)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ClusterScrapeJob();

    [GeneratedRegex(@"\b(?:drops?|dropped|dropping|removes?|removed|no\s+longer\s+(?:scrape[sd]?|collect(?:s|ed)?))\b[^.\n]{0,60}\b(?:metrics?|series|buckets?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex MetricDrop();
}
