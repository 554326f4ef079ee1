using System.Globalization;
using System.Text;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Wrk;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// The peers under wrk: each target's best phase (for throughput ratios), then every phase of every target (latency
/// in a closed loop grows with connections, so p99s are compared at equal connection counts), and the targets of
/// issue 17.
/// </summary>
internal static class WrkReport
{
    public static void Render(StringBuilder text, LoadOptions options, FloorFigures floor, BoltFigures bolt, BotFigures bot, PostgresFigures? postgres)
    {
        var rows = new List<(string Target, IReadOnlyList<WrkResult> Phases)>
        {
            ("bare Kestrel: HMAC check + ack (the floor)", floor.Wrk),
            ($"Slack Bolt-JS {Peers.BoltProcess.BoltVersion} (ack only, records nothing)", bolt.Wrk),
            ($"DeployBot on SQLite (each ack recorded and fsync'd; {bot.Delivery.PlansRecorded} plans recorded in the run)", bot.Wrk),
        };
        if (postgres is not null)
        {
            rows.Add(($"DeployBot on PostgreSQL, 1 replica ({postgres.OneReplica.Delivery.PlansRecorded} plans recorded)", postgres.OneReplica.Wrk));
            rows.Add(($"DeployBot on PostgreSQL, {postgres.TwoReplicas.Replicas} replicas on one database, one wrk each ({postgres.TwoReplicas.Delivery.PlansRecorded} plans recorded)", postgres.TwoReplicas.Wrk));
        }

        var (f, b) = (floor.WrkBest, bolt.WrkBest);
        text.AppendLine(CultureInfo.InvariantCulture, $"wrk, 2 threads, {string.Join(" and ", options.WrkConnections)} connections × {options.WrkDuration} s each after a {options.WrkWarmUp} s warm-up, distinct signed `/deploy-plan` commands. Best phase of each target:");
        text.AppendLine();
        text.AppendLine("| target | acknowledged req/s | p50 | p99 | server CPU per ack | vs floor | vs Bolt-JS |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (target, phases) in rows)
        {
            var best = phases.MaxBy(phase => phase.Throughput)!;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {target} | {Rate(best.Throughput)} ({Connections(best)}) | {Percentiles.Ms(best.P50)} | {Percentiles.Ms(best.P99)} | {ProcessCpu.Microseconds(best.CpuPerAck)} | {Targets.Ratio(best.Throughput, f.Throughput)} | {Targets.Ratio(best.Throughput, b.Throughput)} |");
        }

        text.AppendLine();
        text.AppendLine("Every wrk phase (p99 grows with connections in a closed loop, so compare p99s on the same connection count):");
        text.AppendLine();
        text.AppendLine("| target | connections | acknowledged req/s | p50 | p99 | p99 / Bolt-JS p99 at these connections | server CPU per ack |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (target, phases) in rows)
        {
            foreach (var phase in phases)
            {
                var boltP99 = Targets.AtConnections(bolt.Wrk, phase.Phase.Connections)?.P99;
                var vsBolt = boltP99 is { } p ? Targets.Ratio(phase.P99.TotalMilliseconds, p.TotalMilliseconds) : "–";
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {ShortName(target)} | {Connections(phase)} | {Rate(phase.Throughput)} | {Percentiles.Ms(phase.P50)} | {Percentiles.Ms(phase.P99)} | {vsBolt} | {ProcessCpu.Microseconds(phase.CpuPerAck)} |");
            }
        }

        text.AppendLine();
        text.AppendLine("Targets of issue 17 (DeployBot on SQLite): " + string.Join("; ", Targets.Ingress(options, floor, bolt, bot)) + ".");
        if (postgres is not null)
        {
            text.AppendLine("Two replicas: each phase runs one wrk process per replica at the same time (1 thread and half the connections each, its own pool of commands); "
                + "req/s is both replicas' acknowledgements over the longer of the two runs, p50 and p99 the worse of the two, CPU per ack both hosts' CPU time over both replicas' acknowledgements.");
        }

        foreach (var (target, phases) in rows)
        {
            foreach (var phase in phases.Where(p => p.Refused > 0 || p.SocketErrors > 0 || p.Reused > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {ShortName(target)}, {phase.Phase.Name}: {phase.Refused} answers that were not acknowledgements, {phase.SocketErrors} socket errors, {phase.Reused} commands sent twice (pool too small).");
            }
        }

        text.AppendLine();
    }

    private static string Connections(WrkResult phase) =>
        phase.Targets > 1
            ? $"{phase.Phase.Connections} connections, {phase.Targets} × {phase.Phase.Connections / phase.Targets}"
            : $"{phase.Phase.Connections} connections";

    private static string ShortName(string target) => target.Split(" (")[0];

    private static string Rate(double perSecond) => perSecond.ToString("0", CultureInfo.InvariantCulture);
}
