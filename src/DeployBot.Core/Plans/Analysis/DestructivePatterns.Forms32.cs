using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Destructive forms read in session 32: metric series a release stops collecting are named as snake_case names too
/// ("Drop `container_memory_failures_total{scope="hierarchy"}` metrics", "drop `apiserver_request_duration_seconds_bucket`
/// series"), but they are no table or column: the monitoring loses them, no database does.
/// </summary>
internal static partial class DestructivePatterns
{
    /// <summary>The removal names metric series (a label selector after the name, or the word metrics/series/buckets after it).</summary>
    internal static bool DropsMetricSeries32(string text) => MetricSeries32().IsMatch(text);

    [GeneratedRegex("""
          \b(?:drop|drops|dropped|dropping|remove|removes|removed|removing)\s+(?:the\s+)?(?:excessive\s+|unused\s+)?`?[a-z][a-z0-9_]*(?:_[a-z0-9.]*)+(?:\{[^}\n]*\})?(?:`\s*|\s+)(?:(?:,|and)\s*`?[\w.{}="]+`?\s*)*(?:metrics?|(?:metric\s+)?series|(?:histogram\s+)?buckets?)\b
        | \b(?:drop|drops|dropped|dropping|remove|removes|removed|removing)\s+`?[a-z][a-z0-9_]*\{[^}\n]*\}
        """, Options, TimeoutMs)]
    private static partial Regex MetricSeries32();
}
