using System.Globalization;
using System.Text;
using DeployBot.Benchmarks.Load.Drain;
using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load;

/// <summary>DeployBot's runs side by side (SQLite; PostgreSQL with one replica and with two): store, drain and the exactly-once checks.</summary>
internal static class RunsReport
{
    public static void Render(StringBuilder text, LoadOptions options, BotFigures bot, PostgresFigures? postgres)
    {
        var columns = new List<Column> { Column.Of("DeployBot (SQLite)", bot) };
        if (postgres is not null)
        {
            columns.Add(Column.Of("DeployBot (PostgreSQL, 1 replica)", postgres.OneReplica));
            var pair = postgres.TwoReplicas;
            columns.Add(new Column($"DeployBot (PostgreSQL, {pair.Replicas} replicas)", pair.Durability, $"{Percentiles.Ms(pair.Startup)} (average, one after the other)",
                ProcessMemory.Mib(pair.PeakRss) + " (the larger replica)", "not run", "not run", pair.Drain, pair.Delivery));
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"DeployBot's runs: each on a fresh database; the tool waits for the backlog of plans for at least {options.DrainTimeout} s (`--drain-timeout`) "
            + $"or one second per {options.DrainRate} plans recorded if longer (`--drain-rate`), and stops early after {BacklogDrain.StallLimit.TotalSeconds:0} s without a new plan posted.");
        text.AppendLine();
        text.AppendLine("| Figure | " + string.Join(" | ", columns.Select(c => c.Title)) + " | Target |");
        text.AppendLine("| --- | " + string.Join(" | ", columns.Select(_ => "---")) + " | --- |");
        Row(text, "Store durability", columns.Select(c => c.Durability), string.Empty);
        Row(text, "Start-up (process start → `/healthz` 200)", columns.Select(c => c.Startup), string.Empty);
        Row(text, "Peak RSS over the run", columns.Select(c => c.PeakRss), string.Empty);
        Row(text, $"Fixed {options.Rate} req/s: ack p50 / p99 (.NET driver)", columns.Select(c => c.FixedRate), "p99 < 25 ms");
        Row(text, $"Whole path overhead p50 / p99 (command → plan posted − {options.ModelDelayMs} ms model delay)", columns.Select(c => c.Overhead), "p99 < 100 ms");
        Row(text, "Backlog drain: waited / limit, how it ended", columns.Select(c => $"{c.Drain.Elapsed.TotalSeconds:0} s / {c.Drain.Limit.TotalSeconds:0} s, {c.Drain.Ending}"), string.Empty);
        Row(text, "Plans posted/s while the backlog drained", columns.Select(c => c.Drain.PostedPerSecond.ToString("0", CultureInfo.InvariantCulture)), string.Empty);
        Row(text, "Acknowledged plan requests posted exactly once (.NET driver, one by one)",
            columns.Select(c => c.Delivery.Acknowledged == 0 ? "none sent" : $"{c.Delivery.PostedOnce} / {c.Delivery.Acknowledged} (lost {c.Delivery.Lost}, doubled {c.Delivery.Doubled})"),
            "all, none lost or doubled");
        Row(text, "Form-only commands posted as plans / commands answered otherwise (e.g. 'Working on it' after the 2 s engine budget) whose plan was posted later",
            columns.Select(c => $"{c.Delivery.FormsPosted} / {c.Delivery.PostedWithoutAck}"), "0 / –");
        Row(text, "wrk commands posted exactly once / acknowledged by wrk's count",
            columns.Select(c => $"{c.Delivery.WrkPostedOnce} / {c.Delivery.WrkAcknowledged} (doubled {c.Delivery.WrkDoubled})"), "posted ≥ acknowledged, none doubled");
        Row(text, "Plans recorded in the database / posted (whole run)", columns.Select(c => $"{c.Delivery.PlansRecorded} / {c.Delivery.PlansPosted}"), "equal");
        text.AppendLine();
    }

    private static void Row(StringBuilder text, string figure, IEnumerable<string> values, string target) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {figure} | {string.Join(" | ", values)} | {target} |");

    private sealed record Column(string Title, string Durability, string Startup, string PeakRss, string FixedRate, string Overhead, DrainResult Drain, DeliveryCheck Delivery)
    {
        public static Column Of(string title, BotFigures bot)
        {
            var ack = bot.FixedRate.AckLatency;
            return new Column(title, bot.Durability, Percentiles.Ms(bot.Startup), ProcessMemory.Mib(bot.PeakRss),
                $"{Percentiles.Ms(ack.P50)} / {Percentiles.Ms(ack.P99)}",
                $"{Percentiles.Ms(bot.Overhead.P50)} / {Percentiles.Ms(bot.Overhead.P99)} ({bot.Overhead.Count} plans)",
                bot.Drain, bot.Delivery);
        }
    }
}
