using System.Globalization;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Wrk;
using DeployBot.Testing.Model;
using DeployBot.Testing.Processes;
using DeployBot.Testing.Slack;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// <c>profile [connections] [seconds] [wait] [job lanes] [symbols|runtime] [warm-up seconds] [drain seconds]</c>: the host on a fresh SQLite file, then one
/// wrk saturation phase after <c>wait</c> seconds, printing the host's pid first so a profiler (perf, dotnet-trace,
/// dotnet-counters) can attach meanwhile. For finding where an acknowledgement's time goes; the benchmark proper is the
/// default mode. <c>symbols</c> (the default) compiles every method once with the JIT, ReadyToRun code included, so perf
/// can name every frame; <c>runtime</c> keeps the runtime's defaults (tiering, ReadyToRun, PGO), as the benchmark runs
/// the host, for comparing CPU time per acknowledgement (give it a warm-up of 20 s or more: the runtime's tiering
/// recompiles the hot path for the first seconds of load). With <c>drain seconds</c> the host is kept that long after the
/// measured phase, printing every 10 s how many plans were posted, to profile or time the backlog being drained.
/// </summary>
internal static class ProfileMode
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string signingSecret, CancellationToken cancellationToken)
    {
        int Arg(int i, int fallback) => args.Count > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var (connections, seconds, wait, lanes) = (Arg(0, 64), Arg(1, 10), Arg(2, 5), Arg(3, 64));
        var symbols = args.Count <= 4 || args[4] != "runtime";
        var warmUpSeconds = Arg(5, 5);
        await using var slack = await FakeSlackApi.StartAsync(cancellationToken: cancellationToken);
        await using var model = await FakeChatCompletionServer.StartAsync(cancellationToken);
        slack.KeepCalls = false;
        model.KeepRequests = false;
        var ledger = new PlanLedger(slack);
        model.WhenScriptIsEmpty = FakeModelReply.Content(ModelAnswer.ValidPlanJson());
        // The benchmark's think time (--model-delay-ms): without it the one steady job lane writes plans flat out and
        // their CPU is counted against the acknowledgements, which the benchmark's runs do not see.
        model.ReplyDelay = TimeSpan.FromMilliseconds(100);
        var folder = Path.Combine(Path.GetTempPath(), "deploybot-load", Guid.NewGuid().ToString("N"));
        var settings = LoadFakes.HostSettings(signingSecret, slack, model, "Sqlite", $"Data Source={Path.Combine(folder, "deploybot.db")}", lanes);
        // JIT symbols in /tmp/perf-<pid>.map, at addresses perf can see, for `perf record -g -p <pid>`.
        settings["DOTNET_PerfMapEnabled"] = "1";
        settings["DOTNET_EnableWriteXorExecute"] = "0";
        if (symbols)
        {
            // Every method compiled once, optimised: a short run otherwise profiles the JIT's tier-up more than DeployBot;
            // and no precompiled (ReadyToRun) code, which the perf map does not name.
            settings["DOTNET_TieredCompilation"] = "0";
            settings["DOTNET_ReadyToRun"] = "0";
        }

        // Runtime knobs for the host alone, to try one without rebuilding: HOST_DOTNET_gcServer=0 sets DOTNET_gcServer=0 there.
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => ((string)e.Key, (string?)e.Value)).Where(e => e.Item1.StartsWith("HOST_DOTNET_", StringComparison.Ordinal)))
        {
            settings[name["HOST_".Length..]] = value;
        }

        await using var bot = await DeployBotProcess.StartAsync("profile", settings, cancellationToken);
        Console.Out.WriteLine($"host pid {bot.ProcessId} at {bot.BaseAddress}; wrk starts in {wait} s");
        await Task.Delay(TimeSpan.FromSeconds(wait), cancellationToken);
        var commands = new SignedCommands(signingSecret, slack.NewResponseUrl);
        // A warm-up first, as in the benchmark: the first seconds of a fresh process are spent in the JIT.
        var warmUp = new WrkPhase("warm-up", bot.BaseAddress, bot.ProcessId, commands, 1, 100_000, connections, 2, TimeSpan.FromSeconds(warmUpSeconds), "Drafting the ");
        await WrkRun.RunAsync(warmUp, cancellationToken);
        Console.Out.WriteLine("measuring");
        var postedBefore = ledger.PlanCount;
        var phase = warmUp with { Name = "profile", FirstIndex = 100_001, PoolSize = 20_000 * seconds, Duration = TimeSpan.FromSeconds(seconds) };
        var result = await WrkRun.RunAsync(phase, cancellationToken);
        Console.Out.WriteLine(
            $"acked {result.Acked} ({result.Throughput:0}/s), refused {result.Refused}, socket errors {result.SocketErrors}, reused {result.Reused}; "
            + $"p50 {Percentiles.Ms(result.P50)}, p99 {Percentiles.Ms(result.P99)}; host CPU per ack {ProcessCpu.Microseconds(result.CpuPerAck)}; "
            + $"plans posted meanwhile {ledger.PlanCount - postedBefore}");
        var drainSeconds = Arg(6, 0);
        if (drainSeconds > 0)
        {
            Console.Out.WriteLine($"draining for {drainSeconds} s");
            for (var i = 0; i < drainSeconds / 10; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
                Console.Out.WriteLine($"{TimeProvider.System.GetUtcNow():HH:mm:ss} posted {ledger.PlanCount}");
            }
        }

        Directory.Delete(folder, recursive: true);
        return 0;
    }
}
