using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Metric series a release stops exporting or scraping ("Drop `container_memory_failures_total{scope="hierarchy"}` metrics",
/// "The `chunks_created` metric was removed", "drop histogram buckets for the following metrics:"): they live in the
/// monitoring system, not in the service's database. Dropping one deletes no stored row; what breaks is a dashboard, an
/// alert or a recording rule that queries it. So it is never a contract step with a database snapshot: the plan checks
/// that nothing queries the series before the upgrade (or keeps it with the opt-out setting), and that the alerts and
/// dashboards still evaluate after it.
/// </summary>
internal static partial class MetricSeries
{
    /// <summary>
    /// <paramref name="name"/> is a metric series in <paramref name="item"/>: the item calls what it removes metrics, series,
    /// histogram buckets or a label, and the name has a metric's shape (snake_case, maybe a trailing selector or "..."), or
    /// ends with a Prometheus suffix (<c>_total</c>, <c>_bucket</c>, <c>_seconds</c>) whatever the item calls it.
    /// </summary>
    public static bool Is(string name, string item)
    {
        var bare = Bare(name);
        return Suffixed().IsMatch(bare) || (MetricWord().IsMatch(item) && SeriesShape().IsMatch(bare));
    }

    /// <summary>Every name the item removes is a metric series, and it names at least one: nothing stored is dropped.</summary>
    public static bool OnlySeries(ReleaseItem item, IReadOnlyCollection<string> names) =>
        names.Count > 0 && names.All(name => Is(name, item.Text));

    /// <summary>
    /// The item drops metric series and no database object: its words speak of metrics and every name in code font is a
    /// series or a selector of them (<c>{job="kubelet"}</c>), none a table or a column.
    /// </summary>
    public static bool DropsOnlySeries(ReleaseItem item)
    {
        if (!MetricWord().IsMatch(item.Text) || DatabaseWord().IsMatch(item.Text))
        {
            return false;
        }

        var quoted = Quoted().Matches(item.Text).Select(match => match.Groups["name"].Value).ToArray();
        return quoted.Length > 0 && quoted.All(name => Selector().IsMatch(name) || Is(name, item.Text));
    }

    /// <summary>Every item the analysis reads as a schema change drops metric series only: the release changes no table.</summary>
    public static bool ExplainsSchema(ReleaseAnalysis analysis) =>
        analysis.Items.Where(item => item.Risks.Contains(RiskArea.Schema)).ToArray() is { Length: > 0 } schema && schema.All(DropsOnlySeries);

    /// <summary>The name without a trailing label selector or ellipsis: <c>container_network_...</c> → <c>container_network_</c>.</summary>
    private static string Bare(string name) => Trailer().Replace(name, string.Empty);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\{[^}\n]*\}$|\.{2,}$|…$", Options, MatchBudget.Milliseconds)]
    private static partial Regex Trailer();

    /// <summary>A Prometheus/OpenMetrics name with a unit or type suffix: <c>http_requests_total</c>, <c>etcd_request_duration_seconds_bucket</c>.</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:total|bucket|count|sum|seconds|milliseconds|bytes|ratio|info|created)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Suffixed();

    /// <summary>A lower-case snake_case name (a prefix ending in "_" too): how metric series are named.</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:_[a-z0-9]*)+$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SeriesShape();

    [GeneratedRegex(@"\bmetrics?\b|\b(?:time\s+)?series\b|\bhistograms?\b|\bbuckets?\b(?=[^.\n]{0,40}\bmetrics?\b)|\bcardinality\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex MetricWord();

    /// <summary>A table, column or collection named beside the metric: the item speaks of stored data as well.</summary>
    [GeneratedRegex(@"\b(?:tables?|columns?|collections?|rows?|database|schema)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex DatabaseWord();

    [GeneratedRegex(@"`(?<name>[^`\n]+)`", Options, MatchBudget.Milliseconds)]
    private static partial Regex Quoted();

    /// <summary>A label selector: <c>{job="apiserver"}</c>, <c>{job="kubelet",metrics_path="/metrics"}</c>.</summary>
    [GeneratedRegex(@"^\{[^}\n]*\}$", Options, MatchBudget.Milliseconds)]
    private static partial Regex Selector();
}
