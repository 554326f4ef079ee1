using System.Diagnostics;
using DeployBot.Benchmarks.Load.Drain;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Stores;
using DeployBot.Benchmarks.Load.Wrk;
using DeployBot.Testing.Processes;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// Measures the real DeployBot host, an OS process on a fresh store (a SQLite file, or a PostgreSQL database), against
/// the fake Slack Web API and the fake model (a fixed think time) on loopback: start-up, memory idle and with open
/// forms, the whole path at a modest rate, the slash-command endpoint at a fixed rate and under wrk (and the .NET
/// driver's saturation phases when asked), then waits for every plan and checks each acknowledged request was posted
/// exactly once.
/// </summary>
internal sealed class BotBench(LoadOptions options, string signingSecret, IBenchStore store)
{
    /// <summary>wrk's commands are numbered from here, above any the .NET driver sends in a run.</summary>
    public const int WrkFirstIndex = 200_000;

    /// <summary>Distinct commands written to wrk's pool per second of a phase (above what DeployBot acknowledges).</summary>
    public const int WrkPoolPerSecond = 30_000;

    private string Name => $"deploybot ({store.Name})";

    public async Task<BotFigures> RunAsync(CancellationToken cancellationToken)
    {
        await using var fakes = await LoadFakes.StartAsync(options.ModelDelayMs, cancellationToken);
        Console.Error.WriteLine($"{Name}: starting the host (fresh database)");
        var clock = Stopwatch.StartNew();
        await using var bot = await DeployBotProcess.StartAsync("load", fakes.HostSettings(signingSecret, store, options.JobConcurrency), cancellationToken);
        var startup = clock.Elapsed;
        try
        {
            return await MeasureAsync(bot, fakes, startup, cancellationToken);
        }
        catch
        {
            Console.Error.WriteLine(bot.Output.Tail(40));
            throw;
        }
    }

    private async Task<BotFigures> MeasureAsync(DeployBotProcess bot, LoadFakes fakes, TimeSpan startup, CancellationToken ct)
    {
        var ledger = fakes.Ledger;
        var commands = new SignedCommands(signingSecret, fakes.Slack.NewResponseUrl);
        var (formFrom, formTo) = (0, -1);
        bool IsForm(int index) => index >= formFrom && index <= formTo;
        var driver = new LoadDriver(
            bot.BaseAddress,
            bot.ProcessId,
            i => commands.Create(i, IsForm(i) ? SignedCommands.FormText(i) : SignedCommands.FullText(i)),
            (i, status, body) => status == 200 && (IsForm(i) ? body.Length == 0 : body.Contains("Drafting the ", StringComparison.Ordinal)));
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var idle = ProcessMemory.ResidentBytes(bot.ProcessId);

        Console.Error.WriteLine($"{Name}: opening {options.Conversations} parameter forms (pending requests)");
        (formFrom, formTo) = (driver.NextIndex, driver.NextIndex + options.Conversations - 1);
        var forms = await driver.FixedRateAsync("forms", 250, TimeSpan.FromSeconds(options.Conversations / 250.0), ct);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        var formsRss = ProcessMemory.ResidentBytes(bot.ProcessId);

        // A few plans first, not measured: the first ones after start pay for JIT and for building the model client.
        var warmUp = await driver.FixedRateAsync("path warm-up", options.PathRate, TimeSpan.FromSeconds(2), ct);
        await BacklogDrain.WaitForPlansAsync(ledger, warmUp.Samples, TimeSpan.FromSeconds(30), ct);
        Console.Error.WriteLine($"{Name}: whole path, {options.PathRate} req/s for {options.PathDuration} s (model delay {options.ModelDelayMs} ms)");
        var path = await driver.FixedRateAsync("path", options.PathRate, TimeSpan.FromSeconds(options.PathDuration), ct);
        await BacklogDrain.WaitForPlansAsync(ledger, path.Samples, TimeSpan.FromSeconds(30), ct);
        var overhead = Overhead(ledger, path.Samples);

        Console.Error.WriteLine($"{Name}: fixed rate {options.Rate} req/s for {options.Duration} s");
        var fixedRate = await driver.FixedRateAsync("fixed", options.Rate, TimeSpan.FromSeconds(options.Duration), ct);
        if (options.Samples is { } samplesFile && store is SqliteStore)
        {
            await File.WriteAllLinesAsync(samplesFile, SampleCsv.Lines(fixedRate), ct);
        }

        var saturations = new List<PhaseResult>();
        foreach (var connections in options.DotnetSaturation ? options.Connections : [])
        {
            Console.Error.WriteLine($"{Name}: saturation, {connections} connections for {options.SaturationDuration} s");
            saturations.Add(await driver.ClosedLoopAsync($"saturation ({connections} connections)", connections, TimeSpan.FromSeconds(options.SaturationDuration), ct));
        }

        var wrkSaturation = new WrkSaturation(options, commands, bot.BaseAddress, bot.ProcessId, WrkFirstIndex, WrkPoolPerSecond);
        var wrk = await wrkSaturation.RunAsync(Name, ct);
        var wrkAcknowledged = wrk.Sum(phase => phase.Acked) + (wrkSaturation.WarmUp?.Acked ?? 0);

        var loaded = fixedRate.Samples.Concat(saturations.SelectMany(phase => phase.Samples)).ToArray();
        var recorded = await store.PlanCountAsync(ct);
        Console.Error.WriteLine($"{Name}: waiting (≥ {options.DrainTimeout} s, {recorded / options.DrainRate} s at {options.DrainRate} plans/s) "
            + $"for {recorded - ledger.PlanCount} of {recorded} recorded plans to be posted");
        var drain = await BacklogDrain.WaitAsync(ledger, store, loaded, options.DrainTimeout, options.DrainRate, ct);
        Console.Error.WriteLine($"{Name}: drain {drain.Ending} after {drain.Elapsed.TotalSeconds:0} s ({drain.PostedPerSecond:0} plans/s)");

        var delivery = DeliveryChecks.WithWrk(
            DeliveryChecks.Followed(ledger, warmUp.Samples.Concat(path.Samples).Concat(loaded).ToArray(), forms.Samples),
            ledger, wrkSaturation.Indices, wrkAcknowledged, await store.PlanCountAsync(ct));
        return new BotFigures(
            store.Name, startup, idle, formsRss, ProcessMemory.PeakResidentBytes(bot.ProcessId), forms, path, overhead, fixedRate, saturations,
            drain, delivery, await store.DurabilityAsync(ct), wrk);
    }

    private Percentiles Overhead(PlanLedger ledger, IReadOnlyList<Sample> samples)
    {
        var delay = TimeSpan.FromMilliseconds(options.ModelDelayMs);
        return Percentiles.Of(samples.Where(s => s.Accepted)
            .Select(s => ledger.FirstSeen(SignedCommands.Tag(s.Index)) is { } seen ? Stopwatch.GetElapsedTime(s.Due, seen) - delay : (TimeSpan?)null)
            .OfType<TimeSpan>());
    }
}
