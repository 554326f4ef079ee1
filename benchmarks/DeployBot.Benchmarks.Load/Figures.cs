using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load;

/// <summary>What the floor measured.</summary>
internal sealed record FloorFigures(TimeSpan Startup, long IdleRss, long PeakRss, PhaseResult FixedRate, IReadOnlyList<PhaseResult> Saturations)
{
    /// <summary>The saturation phase with the highest throughput.</summary>
    public PhaseResult Saturation => Saturations.MaxBy(phase => phase.Throughput)!;
}

/// <summary>Whether every acknowledged request was posted exactly once.</summary>
internal sealed record DeliveryCheck(int Acknowledged, int PostedOnce, int Lost, int Doubled, int PostedWithoutAck, int FormsPosted)
{
    public bool Holds => Lost == 0 && Doubled == 0 && FormsPosted == 0;
}

/// <summary>What DeployBot measured.</summary>
internal sealed record BotFigures(
    TimeSpan Startup,
    long IdleRss,
    long FormsRss,
    long PeakRss,
    PhaseResult Forms,
    PhaseResult Path,
    Percentiles Overhead,
    PhaseResult FixedRate,
    IReadOnlyList<PhaseResult> Saturations,
    double PlansPerSecond,
    TimeSpan Drain,
    DeliveryCheck Delivery,
    string SqliteSynchronous)
{
    /// <summary>The saturation phase with the highest throughput.</summary>
    public PhaseResult Saturation => Saturations.MaxBy(phase => phase.Throughput)!;
}

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
