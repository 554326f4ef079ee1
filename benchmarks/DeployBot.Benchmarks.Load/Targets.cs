using System.Globalization;
using DeployBot.Benchmarks.Load.Drain;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Wrk;

namespace DeployBot.Benchmarks.Load;

/// <summary>One target a figure is held to, whether the run met it, and the figures that decided.</summary>
internal sealed record Target(string Name, bool Met, string Detail)
{
    public override string ToString() => $"{Name}: {(Met ? "met" : "NOT met")} ({Detail})";
}

/// <summary>
/// Every target of the run, in one place, so the report and the exit code agree. The ingress targets of issue 17 are
/// judged on DeployBot's default store (SQLite); PostgreSQL is held to exactly-once delivery.
/// </summary>
internal static class Targets
{
    public static IReadOnlyList<Target> Ingress(LoadOptions options, FloorFigures floor, BoltFigures bolt, BotFigures bot)
    {
        var (f, b, d) = (floor.WrkBest, bolt.WrkBest, bot.WrkBest);
        var p99s = options.WrkConnections
            .Select(c => (Connections: c, Bot: AtConnections(bot.Wrk, c), Bolt: AtConnections(bolt.Wrk, c)))
            .Where(pair => pair.Bot is not null && pair.Bolt is not null)
            .ToArray();
        return
        [
            new("DeployBot ≥ 2 × Bolt-JS (best phase of each)", d.Throughput >= 2 * b.Throughput, $"{Ratio(d.Throughput, b.Throughput)} ×"),
            new("DeployBot ≥ 0.25 × floor (best phase of each)", d.Throughput >= 0.25 * f.Throughput, $"{Ratio(d.Throughput, f.Throughput)} ×"),
            new(
                "DeployBot p99 < Bolt-JS p99 at equal connections (at every connection count measured)",
                p99s.Length > 0 && p99s.All(pair => pair.Bot!.P99 < pair.Bolt!.P99),
                string.Join("; ", p99s.Select(pair => $"{pair.Connections} connections: {Percentiles.Ms(pair.Bot!.P99)} against {Percentiles.Ms(pair.Bolt!.P99)}"))),
        ];
    }

    public static IReadOnlyList<Target> Others(LoadOptions options, FloorFigures floor, BotFigures bot, PostgresFigures? postgres)
    {
        var targets = new List<Target>
        {
            new($"Fixed {options.Rate} req/s: ack p99 < 25 ms (SQLite)", bot.FixedRate.AckLatency.P99 < TimeSpan.FromMilliseconds(25), Percentiles.Ms(bot.FixedRate.AckLatency.P99)),
            new("Whole path overhead p99 < 100 ms (SQLite)", bot.Overhead.Count > 0 && bot.Overhead.P99 < TimeSpan.FromMilliseconds(100), Percentiles.Ms(bot.Overhead.P99)),
        };
        if (floor.Saturation is { } fs && bot.Saturation is { } bs)
        {
            targets.Add(new(".NET driver saturation ≥ 0.25 × floor (best of each)", bs.Throughput >= 0.25 * fs.Throughput, $"{Ratio(bs.Throughput, fs.Throughput)} ×"));
        }

        targets.Add(Delivery("SQLite", bot.Delivery, bot.Drain));
        if (postgres is not null)
        {
            targets.Add(Delivery("PostgreSQL, 1 replica", postgres.OneReplica.Delivery, postgres.OneReplica.Drain));
            targets.Add(Delivery($"PostgreSQL, {postgres.TwoReplicas.Replicas} replicas", postgres.TwoReplicas.Delivery, postgres.TwoReplicas.Drain));
        }

        return targets;
    }

    /// <summary>The phase of <paramref name="phases"/> run with <paramref name="connections"/> connections, if any.</summary>
    public static WrkResult? AtConnections(IEnumerable<WrkResult> phases, int connections) =>
        phases.FirstOrDefault(phase => phase.Phase.Connections == connections);

    private static Target Delivery(string store, DeliveryCheck d, DrainResult drain) =>
        new($"Every acknowledged plan posted exactly once ({store})", d.Holds,
            $"{d.PlansPosted} of {d.PlansRecorded} recorded plans posted, drain {drain.Ending} after {drain.Elapsed.TotalSeconds:0} s; "
            + $".NET driver's commands lost {d.Lost}, doubled {d.Doubled}; wrk's commands doubled {d.WrkDoubled}, posted {d.WrkPostedOnce} of {d.WrkAcknowledged} acknowledged");

    public static string Ratio(double value, double of) => of > 0 ? (value / of).ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
