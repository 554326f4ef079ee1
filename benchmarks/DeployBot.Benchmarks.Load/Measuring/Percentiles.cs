using System.Globalization;

namespace DeployBot.Benchmarks.Load;

/// <summary>Nearest-rank percentiles of a set of durations (empty when nothing was measured).</summary>
internal sealed record Percentiles(int Count, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public static Percentiles Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? new Percentiles(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero)
            : new Percentiles(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1]);
    }

    public static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString(value.TotalMilliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    private static TimeSpan Rank(TimeSpan[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
