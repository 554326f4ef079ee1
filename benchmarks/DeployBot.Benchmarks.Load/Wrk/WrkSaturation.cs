using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load.Wrk;

/// <summary>A process wrk drives: where it listens and its pid (for its CPU time).</summary>
internal sealed record WrkTarget(Uri Address, int ProcessId);

/// <summary>
/// The wrk saturation of one target: a short warm-up, then one phase per connection count, each with its own pool of
/// distinct commands taken from <paramref name="firstIndex"/> on. The best phase is the target's figure. With several
/// targets (replicas on one database), each phase runs one wrk process per replica at the same time, each with an
/// equal share of the connections, one thread, and its own pool: round-robin by connection, and the phase's figure
/// is the parts together (<see cref="WrkResult.Together"/>).
/// </summary>
internal sealed class WrkSaturation(LoadOptions options, SignedCommands commands, IReadOnlyList<WrkTarget> targets, int firstIndex, int perSecond)
{
    /// <summary>The answer text every target gives a command it acknowledges.</summary>
    public const string Acknowledgement = "Drafting the ";

    private readonly int _first = firstIndex;
    private int _next = firstIndex;

    public WrkSaturation(LoadOptions options, SignedCommands commands, Uri target, int processId, int firstIndex, int perSecond)
        : this(options, commands, [new WrkTarget(target, processId)], firstIndex, perSecond)
    {
    }

    /// <summary>The measured phases; <see cref="WarmUp"/> holds the warm-up's counts (its acknowledgements were recorded too).</summary>
    public async Task<IReadOnlyList<WrkResult>> RunAsync(string name, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"{name}: wrk warm-up, {options.WrkWarmUp} s");
        WarmUp = await RunPhaseAsync("warm-up", options.WrkConnections[0], options.WrkWarmUp, cancellationToken);
        var results = new List<WrkResult>();
        foreach (var connections in options.WrkConnections)
        {
            Console.Error.WriteLine($"{name}: wrk, {connections} connections for {options.WrkDuration} s");
            results.Add(await RunPhaseAsync($"{connections} connections", connections, options.WrkDuration, cancellationToken));
        }

        return results;
    }

    public WrkResult? WarmUp { get; private set; }

    /// <summary>The indices every phase so far could have sent (for the ledger).</summary>
    public (int From, int To) Indices => (_first, _next - 1);

    private async Task<WrkResult> RunPhaseAsync(string name, int connections, int seconds, CancellationToken cancellationToken)
    {
        if (targets.Count == 1)
        {
            return await WrkRun.RunAsync(Phase(name, targets[0], connections, 2, seconds, perSecond), cancellationToken);
        }

        var share = Math.Max(1, connections / targets.Count);
        var phases = targets.Select(target => Phase(name, target, share, 1, seconds, Math.Max(1, perSecond / targets.Count))).ToArray();
        var parts = await WrkRun.RunTogetherAsync(phases, cancellationToken);
        return WrkResult.Together(phases[0] with { Connections = share * targets.Count, Threads = targets.Count }, parts);
    }

    private WrkPhase Phase(string name, WrkTarget target, int connections, int threads, int seconds, int poolPerSecond)
    {
        var pool = poolPerSecond * seconds;
        var phase = new WrkPhase(name, target.Address, target.ProcessId, commands, _next, pool, connections, threads, TimeSpan.FromSeconds(seconds), Acknowledgement);
        _next += pool;
        return phase;
    }
}
