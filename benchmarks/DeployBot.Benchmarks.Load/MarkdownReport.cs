using System.Globalization;
using System.Text;
using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// The run as Markdown: the peers under wrk (<see cref="WrkReport"/>), the floor against DeployBot on SQLite under the
/// .NET driver, DeployBot's runs side by side (<see cref="RunsReport"/>), and every target with whether it was met.
/// </summary>
internal static class MarkdownReport
{
    public static string Render(LoadOptions options, MachineInfo machine, FloorFigures floor, BoltFigures bolt, BotFigures bot, PostgresFigures? postgres)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory} RAM; load average before {machine.LoadBefore}, after {machine.LoadAfter}.");
        text.AppendLine();
        WrkReport.Render(text, options, floor, bolt, bot, postgres);
        var saturation = options.DotnetSaturation
            ? $"saturation {string.Join(" and ", options.Connections)} connections × {options.SaturationDuration} s each"
            : ".NET driver saturation phases not run (`--dotnet-saturation false`; wrk measures saturation)";
        text.AppendLine(CultureInfo.InvariantCulture, $"The .NET driver: fixed rate {options.Rate} req/s × {options.Duration} s; {saturation}; "
            + $"whole path {options.PathRate} req/s × {options.PathDuration} s with a {options.ModelDelayMs} ms model delay; Jobs:Concurrency {options.JobConcurrency}; {bot.Durability}. "
            + $"PostgreSQL: {(postgres is null ? "not measured (no `--postgres` or DEPLOYBOT_BENCH_POSTGRES)" : postgres.OneReplica.Durability)}.");
        text.AppendLine();
        text.AppendLine("| Figure | Floor (bare Kestrel + HMAC) | DeployBot (SQLite) | DeployBot / floor | Target |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        Row(text, $"Fixed {options.Rate} req/s: answered/s", Rate(floor.FixedRate.Throughput), Rate(bot.FixedRate.Throughput), Ratio(bot.FixedRate.Throughput, floor.FixedRate.Throughput), string.Empty);
        Latency(text, $"Fixed {options.Rate} req/s: ack", floor.FixedRate, bot.FixedRate, "p99 < 25 ms");
        Cpu(text, $"Fixed {options.Rate} req/s", floor.FixedRate, bot.FixedRate);
        for (var i = 0; i < Math.Min(floor.Saturations.Count, bot.Saturations.Count); i++)
        {
            var (f, b) = (floor.Saturations[i], bot.Saturations[i]);
            Row(text, $"Saturation, {options.Connections[i]} connections: req/s", Rate(f.Throughput), Rate(b.Throughput), Ratio(b.Throughput, f.Throughput), string.Empty);
        }

        if (floor.Saturation is { } fs && bot.Saturation is { } bs)
        {
            Row(text, "Saturation, best of each: req/s", $"{Rate(fs.Throughput)} ({fs.Name})", $"{Rate(bs.Throughput)} ({bs.Name})", Ratio(bs.Throughput, fs.Throughput), "≥ 0.25 × floor");
            Latency(text, "Saturation, best of each: ack", fs, bs, string.Empty);
            Cpu(text, "Saturation, best of each", fs, bs);
        }

        Row(text, $"Whole path overhead p50 / p99 (command → plan posted − {options.ModelDelayMs} ms model delay, {bot.Overhead.Count} plans)", "–", $"{Percentiles.Ms(bot.Overhead.P50)} / {Percentiles.Ms(bot.Overhead.P99)}", "–", "p99 < 100 ms");
        Row(text, "RSS idle", ProcessMemory.Mib(floor.IdleRss), ProcessMemory.Mib(bot.IdleRss), Ratio(bot.IdleRss, floor.IdleRss), string.Empty);
        Row(text, $"RSS with {bot.Forms.AcceptedCount} open parameter forms", "–", ProcessMemory.Mib(bot.FormsRss), "–", string.Empty);
        Row(text, "Peak RSS over the run", ProcessMemory.Mib(floor.PeakRss), ProcessMemory.Mib(bot.PeakRss), Ratio(bot.PeakRss, floor.PeakRss), string.Empty);
        Row(text, "Start-up (process start → listening / `/healthz` 200)", Percentiles.Ms(floor.Startup), Percentiles.Ms(bot.Startup), Ratio(bot.Startup.TotalMilliseconds, floor.Startup.TotalMilliseconds), string.Empty);
        text.AppendLine();
        RunsReport.Render(text, options, bot, postgres);
        var targets = Targets.Ingress(options, floor, bolt, bot).Concat(Targets.Others(options, floor, bot, postgres)).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"Targets: {targets.Count(t => t.Met)} of {targets.Length} met (the tool exits 1 unless all are).");
        text.AppendLine();
        foreach (var target in targets)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {target}");
        }

        text.AppendLine();
        Notes(text, floor, bot, postgres);
        return text.ToString();
    }

    private static void Latency(StringBuilder text, string name, PhaseResult floor, PhaseResult bot, string target)
    {
        var (f, b) = (floor.AckLatency, bot.AckLatency);
        Row(text, $"{name} p50 / p99", $"{Percentiles.Ms(f.P50)} / {Percentiles.Ms(f.P99)}", $"{Percentiles.Ms(b.P50)} / {Percentiles.Ms(b.P99)}", $"{Ratio(b.P50.TotalMilliseconds, f.P50.TotalMilliseconds)} / {Ratio(b.P99.TotalMilliseconds, f.P99.TotalMilliseconds)}", target);
    }

    private static void Cpu(StringBuilder text, string name, PhaseResult floor, PhaseResult bot) =>
        Row(text, $"{name}: server CPU time per acknowledged request", ProcessCpu.Microseconds(floor.CpuPerAccepted), ProcessCpu.Microseconds(bot.CpuPerAccepted), Ratio(bot.CpuPerAccepted.TotalMicroseconds, floor.CpuPerAccepted.TotalMicroseconds), string.Empty);

    private static void Notes(StringBuilder text, FloorFigures floor, BotFigures bot, PostgresFigures? postgres)
    {
        var bots = postgres is null ? [bot] : new[] { bot, postgres.OneReplica };
        var phases = new[] { floor.FixedRate }.Concat(floor.Saturations)
            .Concat(bots.SelectMany(b => new[] { b.Forms, b.Path, b.FixedRate }.Concat(b.Saturations).Select(p => p with { Name = $"{b.Store} {p.Name}" })))
            .ToArray();
        foreach (var phase in phases.Where(p => p.AcceptedCount < p.Samples.Count))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {phase.Name}: {phase.Samples.Count - phase.AcceptedCount} of {phase.Samples.Count} not acknowledged: {phase.Problems}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- Requests sent by the .NET driver: {phases.Sum(p => p.Samples.Count)}.");
        text.AppendLine("- .NET driver latency counts from when each command was due (open loop), so a generator falling behind shows as latency; wrk's latency is closed loop.");
    }

    private static void Row(StringBuilder text, string figure, string floor, string bot, string ratio, string target) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {figure} | {floor} | {bot} | {ratio} | {target} |");

    private static string Rate(double perSecond) => perSecond.ToString("0", CultureInfo.InvariantCulture);

    private static string Ratio(double bot, double floor) => floor > 0 ? (bot / floor).ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
