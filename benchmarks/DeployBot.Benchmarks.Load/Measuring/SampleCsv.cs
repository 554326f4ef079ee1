using System.Diagnostics;
using System.Globalization;
using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load;

/// <summary>One phase's samples as CSV lines: due (ms from the first), latency (ms), HTTP status, accepted.</summary>
internal static class SampleCsv
{
    public static IEnumerable<string> Lines(PhaseResult phase)
    {
        yield return "due_ms,latency_ms,status,accepted";
        if (phase.Samples.Count == 0)
        {
            yield break;
        }

        var first = phase.Samples.Min(s => s.Due);
        foreach (var sample in phase.Samples.OrderBy(s => s.Due))
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{Stopwatch.GetElapsedTime(first, sample.Due).TotalMilliseconds:0.0},{sample.Latency.TotalMilliseconds:0.00},{sample.Status},{(sample.Accepted ? 1 : 0)}");
        }
    }
}
