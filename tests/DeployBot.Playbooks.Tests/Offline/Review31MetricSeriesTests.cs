using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Metric series a release stops collecting (FRESH27 review, kube-prometheus-stack 68: "Drop `container_memory_failures_total`
/// metrics" became a database contract step with a snapshot, `db/migrations/` and the data owner's approval, and "excessive
/// histogram buckets for the following metrics" a removed item). On main at 3f0d22f each of these failed; the notes are this file's own.
/// </summary>
public sealed class Review31MetricSeriesTests
{
    /// <summary>An exporter that drops and removes series: its dashboards and alerts are checked, and no database is touched.</summary>
    [Fact]
    public void DroppedSeries_AreCheckedInDashboardsAndAlerts_NotContractedInTheDatabase()
    {
        var plan = Plan("## v4.0.0\n\n- Drop `queue_wait_seconds_bucket` metrics to cut cardinality, the summary stays.\n- Drop `worker_restarts_total{reason=\"oom\"}` metrics, only the total is kept.\n- Faster startup\n");
        var dump = Dump(plan);

        Assert.Contains(Actions(plan), step => Has(step, "recording rule") && Has(step, "queue_wait_seconds_bucket"));
        Assert.Contains(Actions(plan), step => Has(step, "recording rule") && Has(step, "worker_restarts_total"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "Contract step") || Has(step, "snapshot"));
        Assert.DoesNotContain(plan.Steps, step => step.Reference?.Contains("migrations", StringComparison.Ordinal) == true);
        Assert.False(Has(dump, "database owner") || Has(dump, "restoring the snapshot"), dump);
    }

    /// <summary>A removal that announces its list ("for the following metrics:") removes the listed series, not its own words.</summary>
    [Fact]
    public void ARemovalThatAnnouncesAList_NamesTheListedSeries()
    {
        var plan = Plan("## From 11.x to 12.x\n\nFrom `{job=\"kube-state-metrics\"}` drop high-cardinality buckets for the following metrics:\n\n- `grpc_server_handling_seconds_bucket`\n- `rest_client_request_duration_seconds_bucket`\n\nOther fixes.\n");
        var dump = Dump(plan);

        Assert.Contains(Actions(plan), step => Has(step, "grpc_server_handling_seconds_bucket") && Has(step, "dashboard"));
        Assert.False(Has(dump, "for the following metrics\""), dump);
    }

    /// <summary>A cluster's monitoring stack that changes its scrape jobs' defaults is upgraded with its chart, not rolled out as an image.</summary>
    [Fact]
    public void ScrapeDefaultsOfTheClustersOwnJobs_AreAChartUpgrade()
    {
        var plan = Plan("## From 40.x to 41.x\n\nThis version drops some metrics by default.\n\nFrom `{job=\"kubelet\",metrics_path=\"/metrics/cadvisor\"}`:\n\n- Drop `container_blkio_device_usage_total` metrics, they are rarely used.\n");

        Assert.Contains(Actions(plan), step => Has(step, "helm upgrade"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
    }
}
