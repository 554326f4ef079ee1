using DeployBot.Benchmarks.Load.Drain;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Wrk;

namespace DeployBot.Benchmarks.Load;

/// <summary>What the floor measured.</summary>
internal sealed record FloorFigures(TimeSpan Startup, long IdleRss, long PeakRss, PhaseResult FixedRate, IReadOnlyList<PhaseResult> Saturations, IReadOnlyList<WrkResult> Wrk)
{
    public WrkResult WrkBest => Wrk.MaxBy(phase => phase.Throughput)!;

    /// <summary>The .NET driver's saturation phase with the highest throughput (null when those phases were not run).</summary>
    public PhaseResult? Saturation => Saturations.MaxBy(phase => phase.Throughput);
}

/// <summary>What the Bolt-JS peer measured (wrk only: it records nothing, so there is nothing else to check).</summary>
internal sealed record BoltFigures(IReadOnlyList<WrkResult> Wrk, long PeakRss)
{
    public WrkResult WrkBest => Wrk.MaxBy(phase => phase.Throughput)!;
}

/// <summary>
/// Whether every acknowledged request was posted exactly once. The .NET driver knows each command's answer, so its
/// commands are checked one by one. wrk only counts answers, so its commands are checked as a whole: every plan the
/// database recorded (an acknowledgement is only sent after its plan is recorded) was posted exactly once, and at
/// least as many wrk commands were posted as wrk counted acknowledgements.
/// </summary>
internal sealed record DeliveryCheck(
    int Acknowledged, int PostedOnce, int Lost, int Doubled, int PostedWithoutAck, int FormsPosted,
    long WrkAcknowledged, int WrkPostedOnce, int WrkDoubled, long PlansRecorded, int PlansPosted)
{
    public bool Holds => Lost == 0 && Doubled == 0 && FormsPosted == 0 && WrkDoubled == 0 && WrkPostedOnce >= WrkAcknowledged && PlansPosted == PlansRecorded;
}

/// <summary>What one DeployBot host measured, on one store (SQLite, or PostgreSQL with one replica).</summary>
internal sealed record BotFigures(
    string Store,
    TimeSpan Startup,
    long IdleRss,
    long FormsRss,
    long PeakRss,
    PhaseResult Forms,
    PhaseResult Path,
    Percentiles Overhead,
    PhaseResult FixedRate,
    IReadOnlyList<PhaseResult> Saturations,
    DrainResult Drain,
    DeliveryCheck Delivery,
    string Durability,
    IReadOnlyList<WrkResult> Wrk)
{
    public WrkResult WrkBest => Wrk.MaxBy(phase => phase.Throughput)!;

    /// <summary>The .NET driver's saturation phase with the highest throughput (null when those phases were not run).</summary>
    public PhaseResult? Saturation => Saturations.MaxBy(phase => phase.Throughput);
}

/// <summary>What several DeployBot replicas on one PostgreSQL database measured under wrk (nothing else is driven).</summary>
internal sealed record ReplicaFigures(int Replicas, TimeSpan Startup, long PeakRss, DrainResult Drain, DeliveryCheck Delivery, string Durability, IReadOnlyList<WrkResult> Wrk)
{
    public WrkResult WrkBest => Wrk.MaxBy(phase => phase.Throughput)!;
}

/// <summary>The PostgreSQL runs (<c>--postgres</c>): one replica, then two on one database.</summary>
internal sealed record PostgresFigures(BotFigures OneReplica, ReplicaFigures TwoReplicas);

/// <summary>The machine and its load while the figures were taken.</summary>
internal sealed record MachineInfo(int Cores, string Cpu, string Memory, string LoadBefore, string LoadAfter)
{
    public static MachineInfo Read(string loadBefore) =>
        new(Environment.ProcessorCount, CpuModel(), MemoryTotal(), loadBefore, LoadAverage());

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "n/a"
            : "n/a";

    private static string MemoryTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? "n/a" : ProcessMemory.Mib(long.Parse(line[9..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024);
    }
}
