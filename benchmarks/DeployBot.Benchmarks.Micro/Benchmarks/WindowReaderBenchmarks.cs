using BenchmarkDotNet.Attributes;
using DeployBot.Core.Windows;

namespace DeployBot.Benchmarks.Micro.Benchmarks;

/// <summary>
/// Reading a WINDOW, which every slash command with one pays before it is acknowledged (an unreadable or past window is
/// asked about, not recorded): a typical UTC window, a named-zone abbreviation and an IANA zone with a date.
/// </summary>
[MemoryDiagnoser]
public class WindowReaderBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Benchmark(Baseline = true, Description = "\"Sat 06:00-08:00 UTC\"")]
    public WindowReading Utc() => WindowReader.Read("Sat 06:00-08:00 UTC", Now);

    [Benchmark(Description = "\"Sat 22:00-23:00 CET\"")]
    public WindowReading Abbreviation() => WindowReader.Read("Sat 22:00-23:00 CET", Now);

    [Benchmark(Description = "\"2026-12-05 02:00-04:00 Europe/Berlin\"")]
    public WindowReading IanaWithDate() => WindowReader.Read("2026-12-05 02:00-04:00 Europe/Berlin", Now);
}
