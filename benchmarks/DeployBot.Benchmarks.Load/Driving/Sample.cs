using System.Diagnostics;

namespace DeployBot.Benchmarks.Load.Driving;

/// <summary>
/// One command and its answer. <see cref="Due"/> is when it was meant to go (open loop) or went (closed loop), in
/// <see cref="Stopwatch"/> ticks; latency counts from then, so a generator that falls behind shows as latency
/// rather than hiding it (no coordinated omission).
/// </summary>
internal sealed record Sample(int Index, long Due, long Done, int Status, bool Accepted, string? Problem)
{
    public TimeSpan Latency => Stopwatch.GetElapsedTime(Due, Done);
}

/// <summary>What one phase sent and got back, how long it ran, and the CPU time the target used meanwhile.</summary>
internal sealed record PhaseResult(string Name, IReadOnlyList<Sample> Samples, TimeSpan Elapsed, TimeSpan TargetCpu)
{
    public int AcceptedCount => Samples.Count(s => s.Accepted);

    /// <summary>The target's CPU time per acknowledged request (including whatever else it did during the phase).</summary>
    public TimeSpan CpuPerAccepted => AcceptedCount > 0 ? TargetCpu / AcceptedCount : TimeSpan.Zero;

    /// <summary>Accepted answers per second of the phase's wall time.</summary>
    public double Throughput => Elapsed > TimeSpan.Zero ? AcceptedCount / Elapsed.TotalSeconds : 0;

    public Percentiles AckLatency => Percentiles.Of(Samples.Where(s => s.Accepted).Select(s => s.Latency));

    /// <summary>Up to three distinct problems with counts, for the report's notes.</summary>
    public string Problems =>
        string.Join("; ", Samples.Where(s => !s.Accepted).GroupBy(s => s.Problem ?? $"HTTP {s.Status}")
            .OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()}× {g.Key}"));
}
