using System.Diagnostics;
using System.Globalization;
using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load.Wrk;

/// <summary>
/// One saturation phase driven by wrk (a C load generator, far lighter than this .NET process, so more of the two cores
/// are left to the target): a pool of distinct signed commands is written first, then wrk sends them over
/// <c>connections</c> keep-alive connections for the phase's duration and counts the answers that acknowledge.
/// </summary>
internal static class WrkRun
{
    public static async Task<WrkResult> RunAsync(WrkPhase phase, CancellationToken cancellationToken) =>
        (await RunTogetherAsync([phase], cancellationToken))[0];

    /// <summary>
    /// Runs several phases at once, one wrk process each (e.g. one per replica): every pool is written first, so the
    /// wrk processes start together.
    /// </summary>
    public static async Task<IReadOnlyList<WrkResult>> RunTogetherAsync(IReadOnlyList<WrkPhase> phases, CancellationToken cancellationToken)
    {
        var pools = phases.Select(_ => Path.Combine(Path.GetTempPath(), $"deploybot-wrk-{Guid.NewGuid():N}.tsv")).ToArray();
        try
        {
            for (var i = 0; i < phases.Count; i++)
            {
                var phase = phases[i];
                await File.WriteAllLinesAsync(
                    pools[i],
                    Enumerable.Range(phase.FirstIndex, phase.PoolSize).Select(index => phase.Commands.PoolLine(index, SignedCommands.FullText(index))),
                    cancellationToken);
            }

            return await Task.WhenAll(phases.Select((phase, i) => MeasureAsync(phase, pools[i], cancellationToken)));
        }
        finally
        {
            foreach (var pool in pools)
            {
                File.Delete(pool);
            }
        }
    }

    private static async Task<WrkResult> MeasureAsync(WrkPhase phase, string pool, CancellationToken cancellationToken)
    {
        var cpu = ProcessCpu.Used(phase.TargetProcessId);
        var output = await RunWrkAsync(phase, pool, cancellationToken);
        var used = ProcessCpu.Used(phase.TargetProcessId) - cpu;
        return Parse(phase, output, used);
    }

    private static async Task<string> RunWrkAsync(WrkPhase phase, string pool, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            $"-t{phase.Threads}", $"-c{phase.Connections}", $"-d{phase.Duration.TotalSeconds:0}s", "--timeout", "10s",
            "-s", Path.Combine(AppContext.BaseDirectory, "Wrk", "signed-commands.lua"), phase.Target.ToString(),
            "--", pool, phase.Threads.ToString(CultureInfo.InvariantCulture), phase.AcknowledgementText,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk (apt-get install -y wrk).");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = await stdout;
        if (process.ExitCode != 0 || !text.Contains(ResultPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk failed (exit {process.ExitCode}): {text} {await stderr}");
        }

        return text;
    }

    private const string ResultPrefix = "WRK-RESULT ";

    private static WrkResult Parse(WrkPhase phase, string output, TimeSpan targetCpu)
    {
        var line = output.Split('\n').First(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        var values = line[ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => long.Parse(pair[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        static TimeSpan Us(long value) => TimeSpan.FromMicroseconds(value);
        return new WrkResult(
            phase,
            values["acked"],
            values["refused"],
            values["sent"],
            values["reused"],
            values["connect"] + values["read"] + values["write"] + values["timeout"],
            Us(values["duration_us"]),
            Us(values["p50_us"]),
            Us(values["p99_us"]),
            Us(values["max_us"]),
            targetCpu);
    }
}

/// <summary>What one wrk phase sends, to whom.</summary>
internal sealed record WrkPhase(
    string Name, Uri Target, int TargetProcessId, SignedCommands Commands, int FirstIndex, int PoolSize, int Connections, int Threads, TimeSpan Duration, string AcknowledgementText);

/// <summary>What wrk counted: acknowledged answers, other answers, socket errors, latency percentiles (wrk's, closed loop).</summary>
internal sealed record WrkResult(
    WrkPhase Phase, long Acked, long Refused, long Sent, long Reused, long SocketErrors, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99, TimeSpan Max, TimeSpan TargetCpu)
{
    public double Throughput => Elapsed > TimeSpan.Zero ? Acked / Elapsed.TotalSeconds : 0;

    public TimeSpan CpuPerAck => Acked > 0 ? TargetCpu / Acked : TimeSpan.Zero;

    /// <summary>The indices of the commands this phase could have sent (its pool), for the ledger.</summary>
    public IEnumerable<int> Indices => Enumerable.Range(Phase.FirstIndex, Phase.PoolSize);

    /// <summary>How many targets shared the phase (replicas, each driven by a wrk process of its own).</summary>
    public int Targets { get; init; } = 1;

    /// <summary>
    /// Phases run at the same time against several replicas as one figure: answers, errors and the targets' CPU time
    /// summed; elapsed the longest (so throughput is the total over the longest run, never above the sum of the
    /// parts); p50, p99 and max the worst of the parts (percentiles of separate runs cannot be merged).
    /// </summary>
    public static WrkResult Together(WrkPhase phase, IReadOnlyList<WrkResult> parts) =>
        new(phase, parts.Sum(p => p.Acked), parts.Sum(p => p.Refused), parts.Sum(p => p.Sent), parts.Sum(p => p.Reused), parts.Sum(p => p.SocketErrors),
            parts.Max(p => p.Elapsed), parts.Max(p => p.P50), parts.Max(p => p.P99), parts.Max(p => p.Max), TimeSpan.FromTicks(parts.Sum(p => p.TargetCpu.Ticks)))
        {
            Targets = parts.Count,
        };
}
