using System.Globalization;
using System.Text;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Wrk;

namespace DeployBot.Benchmarks.Load;

/// <summary>The run as a Markdown table: floor, DeployBot, their ratio, and the target each figure is held to.</summary>
internal static class MarkdownReport
{
    public static string Render(LoadOptions options, MachineInfo machine, FloorFigures floor, BoltFigures bolt, BotFigures bot)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory} RAM; load average before {machine.LoadBefore}, after {machine.LoadAfter}.");
        text.AppendLine();
        WrkTable(text, options, floor, bolt, bot);
        text.AppendLine(CultureInfo.InvariantCulture, $"Settings: fixed rate {options.Rate} req/s × {options.Duration} s; saturation {string.Join(" and ", options.Connections)} connections × {options.SaturationDuration} s each; "
            + $"whole path {options.PathRate} req/s × {options.PathDuration} s with a {options.ModelDelayMs} ms model delay; Jobs:Concurrency {options.JobConcurrency}; SQLite {bot.SqliteSynchronous}.");
        text.AppendLine();
        text.AppendLine("| Figure | Floor (bare Kestrel + HMAC) | DeployBot (SQLite) | DeployBot / floor | Target |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        Row(text, $"Fixed {options.Rate} req/s: answered/s", Rate(floor.FixedRate.Throughput), Rate(bot.FixedRate.Throughput), Ratio(bot.FixedRate.Throughput, floor.FixedRate.Throughput), string.Empty);
        Latency(text, $"Fixed {options.Rate} req/s: ack", floor.FixedRate, bot.FixedRate, "p99 < 25 ms");
        for (var i = 0; i < floor.Saturations.Count; i++)
        {
            var (f, b) = (floor.Saturations[i], bot.Saturations[i]);
            Row(text, $"Saturation, {options.Connections[i]} connections: req/s", Rate(f.Throughput), Rate(b.Throughput), Ratio(b.Throughput, f.Throughput), string.Empty);
        }

        Row(text, "Saturation, best of each: req/s", $"{Rate(floor.Saturation.Throughput)} ({floor.Saturation.Name})", $"{Rate(bot.Saturation.Throughput)} ({bot.Saturation.Name})", Ratio(bot.Saturation.Throughput, floor.Saturation.Throughput), "≥ 0.25 × floor");
        Latency(text, "Saturation, best of each: ack", floor.Saturation, bot.Saturation, string.Empty);
        Cpu(text, $"Fixed {options.Rate} req/s", floor.FixedRate, bot.FixedRate);
        Cpu(text, "Saturation, best of each", floor.Saturation, bot.Saturation);
        Row(text, $"Whole path overhead p50 / p99 (command → plan posted − {options.ModelDelayMs} ms model delay, {bot.Overhead.Count} plans)", "–", $"{Percentiles.Ms(bot.Overhead.P50)} / {Percentiles.Ms(bot.Overhead.P99)}", "–", "p99 < 100 ms");
        Row(text, "Plans posted/s while the fixed-rate and saturation backlog drained", "–", Rate(bot.PlansPerSecond), "–", string.Empty);
        Row(text, "RSS idle", ProcessMemory.Mib(floor.IdleRss), ProcessMemory.Mib(bot.IdleRss), Ratio(bot.IdleRss, floor.IdleRss), string.Empty);
        Row(text, $"RSS with {bot.Forms.AcceptedCount} open parameter forms", "–", ProcessMemory.Mib(bot.FormsRss), "–", string.Empty);
        Row(text, "Peak RSS over the run", ProcessMemory.Mib(floor.PeakRss), ProcessMemory.Mib(bot.PeakRss), Ratio(bot.PeakRss, floor.PeakRss), string.Empty);
        Row(text, "Start-up (process start → listening / `/healthz` 200)", Percentiles.Ms(floor.Startup), Percentiles.Ms(bot.Startup), Ratio(bot.Startup.TotalMilliseconds, floor.Startup.TotalMilliseconds), string.Empty);
        var d = bot.Delivery;
        Row(text, "Acknowledged plan requests posted exactly once (.NET driver, one by one)", "–", $"{d.PostedOnce} / {d.Acknowledged} (lost {d.Lost}, doubled {d.Doubled})", "–", "all, none lost or doubled");
        Row(text, "wrk commands posted exactly once / acknowledged by wrk's count", "–", $"{d.WrkPostedOnce} / {d.WrkAcknowledged} (doubled {d.WrkDoubled})", "–", "posted ≥ acknowledged, none doubled");
        Row(text, "Plans recorded in the database / posted (whole run)", "–", $"{d.PlansRecorded} / {d.PlansPosted}", "–", "equal");
        text.AppendLine();
        Notes(text, floor, bot);
        return text.ToString();
    }

    /// <summary>The peers' table: floor, Bolt-JS and DeployBot under the same wrk phases, and the targets of issue 17.</summary>
    private static void WrkTable(StringBuilder text, LoadOptions options, FloorFigures floor, BoltFigures bolt, BotFigures bot)
    {
        var (f, b, d) = (floor.WrkBest, bolt.WrkBest, bot.WrkBest);
        text.AppendLine(CultureInfo.InvariantCulture, $"wrk, 2 threads, {string.Join(" and ", options.WrkConnections)} connections × {options.WrkDuration} s each (best of each target), distinct signed `/deploy-plan` commands:");
        text.AppendLine();
        text.AppendLine("| target | acknowledged req/s | p50 | p99 | server CPU per ack | vs floor | vs Bolt-JS |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        WrkRow(text, "bare Kestrel: HMAC check + ack (the floor)", f, f, b);
        WrkRow(text, $"Slack Bolt-JS {Peers.BoltProcess.BoltVersion} (ack only, records nothing)", b, f, b);
        WrkRow(text, $"DeployBot on SQLite (each ack recorded and fsync'd; {bot.Delivery.PlansRecorded} plans recorded in the run)", d, f, b);
        text.AppendLine();
        var targets = new[]
        {
            ("DeployBot ≥ 2 × Bolt-JS", d.Throughput >= 2 * b.Throughput),
            ("DeployBot ≥ 0.25 × floor", d.Throughput >= 0.25 * f.Throughput),
            ("DeployBot p99 < Bolt-JS p99", d.P99 < b.P99),
        };
        text.AppendLine("Targets: " + string.Join("; ", targets.Select(t => $"{t.Item1}: {(t.Item2 ? "met" : "NOT met")}")) + ".");
        foreach (var phase in new[] { floor.Wrk, bolt.Wrk, bot.Wrk }.SelectMany(p => p).Where(p => p.Refused > 0 || p.SocketErrors > 0 || p.Reused > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {phase.Phase.Target.Port} {phase.Phase.Name}: {phase.Refused} answers that were not acknowledgements, {phase.SocketErrors} socket errors, {phase.Reused} commands sent twice (pool too small).");
        }

        text.AppendLine();
    }

    private static void WrkRow(StringBuilder text, string target, WrkResult result, WrkResult floor, WrkResult bolt) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {target} | {Rate(result.Throughput)} ({result.Phase.Name}) | {Percentiles.Ms(result.P50)} | {Percentiles.Ms(result.P99)} | {ProcessCpu.Microseconds(result.CpuPerAck)} | {Ratio(result.Throughput, floor.Throughput)} | {Ratio(result.Throughput, bolt.Throughput)} |");

    private static void Latency(StringBuilder text, string name, PhaseResult floor, PhaseResult bot, string target)
    {
        var (f, b) = (floor.AckLatency, bot.AckLatency);
        Row(text, $"{name} p50 / p99", $"{Percentiles.Ms(f.P50)} / {Percentiles.Ms(f.P99)}", $"{Percentiles.Ms(b.P50)} / {Percentiles.Ms(b.P99)}", $"{Ratio(b.P50.TotalMilliseconds, f.P50.TotalMilliseconds)} / {Ratio(b.P99.TotalMilliseconds, f.P99.TotalMilliseconds)}", target);
    }

    private static void Cpu(StringBuilder text, string name, PhaseResult floor, PhaseResult bot) =>
        Row(text, $"{name}: server CPU time per acknowledged request", ProcessCpu.Microseconds(floor.CpuPerAccepted), ProcessCpu.Microseconds(bot.CpuPerAccepted), Ratio(bot.CpuPerAccepted.TotalMicroseconds, floor.CpuPerAccepted.TotalMicroseconds), string.Empty);

    private static void Notes(StringBuilder text, FloorFigures floor, BotFigures bot)
    {
        var phases = new[] { floor.FixedRate, bot.Forms, bot.Path, bot.FixedRate }.Concat(floor.Saturations).Concat(bot.Saturations).ToArray();
        foreach (var phase in phases.Where(p => p.AcceptedCount < p.Samples.Count))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {phase.Name}: {phase.Samples.Count - phase.AcceptedCount} of {phase.Samples.Count} not acknowledged: {phase.Problems}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- Requests sent: {phases.Sum(p => p.Samples.Count)}; backlog drained in {bot.Drain.TotalSeconds:0.0} s; "
            + $"posted although not acknowledged: {bot.Delivery.PostedWithoutAck}; plans posted for form-only commands: {bot.Delivery.FormsPosted}.");
        text.AppendLine("- Latency counts from when each command was due (open loop), so a generator falling behind shows as latency.");
    }

    private static void Row(StringBuilder text, string figure, string floor, string bot, string ratio, string target) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {figure} | {floor} | {bot} | {ratio} | {target} |");

    private static string Rate(double perSecond) => perSecond.ToString("0", CultureInfo.InvariantCulture);

    private static string Ratio(double bot, double floor) => floor > 0 ? (bot / floor).ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
