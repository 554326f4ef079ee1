using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load.Wrk;

/// <summary>
/// The wrk saturation of one target: a short warm-up, then one phase per connection count, each with its own pool of
/// distinct commands taken from <paramref name="firstIndex"/> on. The best phase is the target's figure.
/// </summary>
internal sealed class WrkSaturation(LoadOptions options, SignedCommands commands, Uri target, int processId, int firstIndex, int perSecond)
{
    /// <summary>The answer text every target gives a command it acknowledges.</summary>
    public const string Acknowledgement = "Drafting the ";

    private readonly int _first = firstIndex;
    private int _next = firstIndex;

    /// <summary>The measured phases; <see cref="WarmUp"/> holds the warm-up's counts (its acknowledgements were recorded too).</summary>
    public async Task<IReadOnlyList<WrkResult>> RunAsync(string name, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"{name}: wrk warm-up, {options.WrkWarmUp} s");
        var warmUp = await WrkRun.RunAsync(Phase("warm-up", options.WrkConnections[0], options.WrkWarmUp), cancellationToken);
        WarmUp = warmUp;
        var results = new List<WrkResult>();
        foreach (var connections in options.WrkConnections)
        {
            Console.Error.WriteLine($"{name}: wrk, {connections} connections for {options.WrkDuration} s");
            results.Add(await WrkRun.RunAsync(Phase($"{connections} connections", connections, options.WrkDuration), cancellationToken));
        }

        return results;
    }

    public WrkResult? WarmUp { get; private set; }

    /// <summary>The indices every phase so far could have sent (for the ledger).</summary>
    public (int From, int To) Indices => (_first, _next - 1);

    private WrkPhase Phase(string name, int connections, int seconds)
    {
        var pool = perSecond * seconds;
        var phase = new WrkPhase(name, target, processId, commands, _next, pool, connections, 2, TimeSpan.FromSeconds(seconds), Acknowledgement);
        _next += pool;
        return phase;
    }
}
