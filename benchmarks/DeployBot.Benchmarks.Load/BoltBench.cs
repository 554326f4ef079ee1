using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Peers;
using DeployBot.Benchmarks.Load.Wrk;

namespace DeployBot.Benchmarks.Load;

/// <summary>Measures the Bolt-JS peer with the same wrk phases and distinct signed commands as the floor and DeployBot.</summary>
internal sealed class BoltBench(LoadOptions options, string signingSecret)
{
    public async Task<BoltFigures> RunAsync(CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"bolt: starting the Bolt-JS {BoltProcess.BoltVersion} peer");
        using var bolt = await BoltProcess.StartAsync(signingSecret, cancellationToken);
        var commands = new SignedCommands(signingSecret, () => "http://127.0.0.1:9/response/unused");
        var wrk = await new WrkSaturation(options, commands, bolt.Address, bolt.ProcessId, 1, 20_000).RunAsync("bolt", cancellationToken);
        return new BoltFigures(wrk, ProcessMemory.PeakResidentBytes(bolt.ProcessId));
    }
}
