using System.Diagnostics;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Wrk;
using DeployBot.Testing.Model;
using DeployBot.Testing.Processes;
using DeployBot.Testing.Slack;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// Measures the real DeployBot host, an OS process on a fresh SQLite file, against the fake Slack Web API and the fake
/// model (a fixed think time) on loopback: start-up, memory idle and with open forms, the whole path at a modest rate,
/// the slash-command endpoint at a fixed rate and at saturation, then waits for every plan and checks each
/// acknowledged request was posted exactly once.
/// </summary>
internal sealed class BotBench(LoadOptions options, string signingSecret)
{
    public async Task<BotFigures> RunAsync(CancellationToken cancellationToken)
    {
        await using var slack = await FakeSlackApi.StartAsync(cancellationToken: cancellationToken);
        await using var model = await FakeChatCompletionServer.StartAsync(cancellationToken);
        // The ledger watches calls as they arrive; logs of every call and prompt would only grow this tool's heap, and
        // its collections would stall the load generator and show up as DeployBot's latency.
        slack.KeepCalls = false;
        model.KeepRequests = false;
        model.WhenScriptIsEmpty = FakeModelReply.Content(ModelAnswer.ValidPlanJson());
        model.ReplyDelay = TimeSpan.FromMilliseconds(options.ModelDelayMs);
        var ledger = new PlanLedger(slack);
        var folder = Path.Combine(Path.GetTempPath(), "deploybot-load", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "deploybot.db");

        Console.Error.WriteLine("deploybot: starting the host (fresh SQLite file)");
        var clock = Stopwatch.StartNew();
        await using var bot = await DeployBotProcess.StartAsync("load", HostSettings(signingSecret, slack, model, database, options.JobConcurrency), cancellationToken);
        var startup = clock.Elapsed;
        try
        {
            return await MeasureAsync(bot, slack, ledger, startup, database, cancellationToken);
        }
        catch
        {
            Console.Error.WriteLine(bot.Output.Tail(40));
            throw;
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private async Task<BotFigures> MeasureAsync(DeployBotProcess bot, FakeSlackApi slack, PlanLedger ledger, TimeSpan startup, string database, CancellationToken ct)
    {
        var commands = new SignedCommands(signingSecret, slack.NewResponseUrl);
        var (formFrom, formTo) = (0, -1);
        bool IsForm(int index) => index >= formFrom && index <= formTo;
        var driver = new LoadDriver(
            bot.BaseAddress,
            bot.ProcessId,
            i => commands.Create(i, IsForm(i) ? SignedCommands.FormText(i) : SignedCommands.FullText(i)),
            (i, status, body) => status == 200 && (IsForm(i) ? body.Length == 0 : body.Contains("Drafting the ", StringComparison.Ordinal)));
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var idle = ProcessMemory.ResidentBytes(bot.ProcessId);

        Console.Error.WriteLine($"deploybot: opening {options.Conversations} parameter forms (pending requests)");
        (formFrom, formTo) = (driver.NextIndex, driver.NextIndex + options.Conversations - 1);
        var forms = await driver.FixedRateAsync("forms", 250, TimeSpan.FromSeconds(options.Conversations / 250.0), ct);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        var formsRss = ProcessMemory.ResidentBytes(bot.ProcessId);

        // A few plans first, not measured: the first ones after start pay for JIT and for building the model client.
        var warmUp = await driver.FixedRateAsync("path warm-up", options.PathRate, TimeSpan.FromSeconds(2), ct);
        await WaitForPlansAsync(ledger, warmUp.Samples, TimeSpan.FromSeconds(30), ct);
        Console.Error.WriteLine($"deploybot: whole path, {options.PathRate} req/s for {options.PathDuration} s (model delay {options.ModelDelayMs} ms)");
        var path = await driver.FixedRateAsync("path", options.PathRate, TimeSpan.FromSeconds(options.PathDuration), ct);
        await WaitForPlansAsync(ledger, path.Samples, TimeSpan.FromSeconds(30), ct);
        var overhead = Overhead(ledger, path.Samples);

        Console.Error.WriteLine($"deploybot: fixed rate {options.Rate} req/s for {options.Duration} s");
        var loadStart = Stopwatch.GetTimestamp();
        var fixedRate = await driver.FixedRateAsync("fixed", options.Rate, TimeSpan.FromSeconds(options.Duration), ct);
        if (options.Samples is { } samplesFile)
        {
            await File.WriteAllLinesAsync(samplesFile, SampleCsv.Lines(fixedRate), ct);
        }

        var saturations = new List<PhaseResult>();
        foreach (var connections in options.Connections)
        {
            Console.Error.WriteLine($"deploybot: saturation, {connections} connections for {options.SaturationDuration} s");
            saturations.Add(await driver.ClosedLoopAsync($"saturation ({connections} connections)", connections, TimeSpan.FromSeconds(options.SaturationDuration), ct));
        }

        var wrkSaturation = new WrkSaturation(options, commands, bot.BaseAddress, bot.ProcessId, WrkFirstIndex, 30_000);
        var wrk = await wrkSaturation.RunAsync("deploybot", ct);
        var wrkAcknowledged = wrk.Sum(phase => phase.Acked) + (wrkSaturation.WarmUp?.Acked ?? 0);

        var loaded = fixedRate.Samples.Concat(saturations.SelectMany(phase => phase.Samples)).ToArray();
        Console.Error.WriteLine($"deploybot: waiting (≤ {options.DrainTimeout} s) for {loaded.Count(s => s.Accepted) + wrkAcknowledged} plans to be posted");
        var drainStart = Stopwatch.GetTimestamp();
        await WaitForPlansAsync(ledger, loaded, TimeSpan.FromSeconds(options.DrainTimeout), ct);
        await WaitForRecordedPlansAsync(ledger, database, TimeSpan.FromSeconds(options.DrainTimeout) - Stopwatch.GetElapsedTime(drainStart), ct);
        var drain = Stopwatch.GetElapsedTime(drainStart);
        var plansPerSecond = PlansPerSecond(ledger, loaded, loadStart);

        var delivery = Check(ledger, warmUp.Samples.Concat(path.Samples).Concat(loaded).ToArray(), forms.Samples)
            with { WrkAcknowledged = wrkAcknowledged, PlansRecorded = await SqliteProbe.PlanCountAsync(database, ct), PlansPosted = ledger.PlanCount };
        var (wrkOnce, wrkDoubled) = WrkPostings(ledger, wrkSaturation.Indices);
        delivery = delivery with { WrkPostedOnce = wrkOnce, WrkDoubled = wrkDoubled };
        return new BotFigures(
            startup, idle, formsRss, ProcessMemory.PeakResidentBytes(bot.ProcessId), forms, path, overhead, fixedRate, saturations,
            plansPerSecond, drain, delivery, await SqliteProbe.SynchronousAsync(database, ct), wrk);
    }

    /// <summary>wrk's commands are numbered from here, above any the .NET driver sends in a run.</summary>
    private const int WrkFirstIndex = 200_000;

    /// <summary>
    /// Waits until every plan the database recorded has been posted (wrk's commands cannot be followed one by one),
    /// giving up after <paramref name="limit"/> or when nothing new was posted for <see cref="StallLimit"/>.
    /// </summary>
    private static async Task WaitForRecordedPlansAsync(PlanLedger ledger, string database, TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (lastCount, lastProgress) = (-1, TimeSpan.Zero);
        while (clock.Elapsed < limit && clock.Elapsed - lastProgress < StallLimit)
        {
            var posted = ledger.PlanCount;
            if (posted >= await SqliteProbe.PlanCountAsync(database, ct))
            {
                return;
            }

            (lastCount, lastProgress) = posted > lastCount ? (posted, clock.Elapsed) : (lastCount, lastProgress);
            await Task.Delay(500, ct);
        }
    }

    /// <summary>Of the wrk commands that were posted: how many exactly once, and how many more than once.</summary>
    private static (int Once, int Doubled) WrkPostings(PlanLedger ledger, (int From, int To) indices)
    {
        var counts = Enumerable.Range(indices.From, indices.To - indices.From + 1).Select(i => ledger.Count(SignedCommands.Tag(i))).Where(c => c.Plans > 0).ToArray();
        return (counts.Count(c => c is (1, 1)), counts.Count(c => c.Plans > 1 || c.Messages > 1));
    }

    public static Dictionary<string, string?> HostSettings(string signingSecret, FakeSlackApi slack, FakeChatCompletionServer model, string database, int jobConcurrency) => new()
    {
        ["Slack:SigningSecret"] = signingSecret,
        ["Slack:BotToken"] = slack.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Model:Provider"] = "OpenAICompatible",
        ["Model:Endpoint"] = model.BaseUrl.ToString(),
        ["Model:ModelId"] = ModelAnswer.ModelId,
        ["Model:ApiKey"] = "sk-load-benchmark-0123456789",
        ["Storage:Provider"] = "Sqlite",
        ["Storage:ConnectionString"] = $"Data Source={database}",
        ["Jobs:Concurrency"] = jobConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Waits until every acknowledged plan was posted, for at most <paramref name="limit"/>, and gives up early when no
    /// new plan was posted for <see cref="StallLimit"/> (a worker that stopped, not one still draining a backlog).
    /// </summary>
    private static async Task WaitForPlansAsync(PlanLedger ledger, IReadOnlyList<Sample> samples, TimeSpan limit, CancellationToken ct)
    {
        var waiting = samples.Where(s => s.Accepted).Select(s => SignedCommands.Tag(s.Index)).ToList();
        var clock = Stopwatch.StartNew();
        var lastProgress = clock.Elapsed;
        while (clock.Elapsed < limit && clock.Elapsed - lastProgress < StallLimit)
        {
            var before = waiting.Count;
            waiting.RemoveAll(tag => ledger.FirstSeen(tag) is not null);
            if (waiting.Count == 0)
            {
                return;
            }

            lastProgress = waiting.Count < before ? clock.Elapsed : lastProgress;
            await Task.Delay(100, ct);
        }
    }

    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(20);

    private Percentiles Overhead(PlanLedger ledger, IReadOnlyList<Sample> samples)
    {
        var delay = TimeSpan.FromMilliseconds(options.ModelDelayMs);
        return Percentiles.Of(samples.Where(s => s.Accepted)
            .Select(s => ledger.FirstSeen(SignedCommands.Tag(s.Index)) is { } seen ? Stopwatch.GetElapsedTime(s.Due, seen) - delay : (TimeSpan?)null)
            .OfType<TimeSpan>());
    }

    private static double PlansPerSecond(PlanLedger ledger, IReadOnlyList<Sample> samples, long since)
    {
        var seen = samples.Where(s => s.Accepted).Select(s => ledger.FirstSeen(SignedCommands.Tag(s.Index))).OfType<long>().ToArray();
        return seen.Length == 0 ? 0 : seen.Length / Stopwatch.GetElapsedTime(since, seen.Max()).TotalSeconds;
    }

    private static DeliveryCheck Check(PlanLedger ledger, IReadOnlyList<Sample> planned, IReadOnlyList<Sample> forms)
    {
        var acked = planned.Where(s => s.Accepted).Select(s => ledger.Count(SignedCommands.Tag(s.Index))).ToArray();
        var unacked = planned.Where(s => !s.Accepted).Count(s => ledger.Count(SignedCommands.Tag(s.Index)).Plans > 0);
        var formsPosted = forms.Count(s => ledger.Count(SignedCommands.Tag(s.Index)).Plans > 0);
        return new DeliveryCheck(
            acked.Length, acked.Count(c => c is (1, 1)), acked.Count(c => c.Plans == 0), acked.Count(c => c.Plans > 1 || c.Messages > 1), unacked, formsPosted,
            0, 0, 0, 0, 0);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
    }
}
