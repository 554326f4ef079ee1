using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Floor;
using DeployBot.Benchmarks.Load.Wrk;

namespace DeployBot.Benchmarks.Load;

/// <summary>Measures the floor (bare Kestrel + HMAC) with the same load shapes DeployBot gets.</summary>
internal sealed class FloorBench(LoadOptions options, string signingSecret)
{
    public async Task<FloorFigures> RunAsync(CancellationToken cancellationToken)
    {
        using var floor = await FloorProcess.StartAsync(signingSecret, cancellationToken);
        var commands = new SignedCommands(signingSecret, () => "http://127.0.0.1:9/response/unused");
        var driver = new LoadDriver(floor.Address, floor.ProcessId, i => commands.Create(i, SignedCommands.FullText(i)), (_, status, body) => status == 200 && body.Contains("Drafting the ", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var idle = ProcessMemory.ResidentBytes(floor.ProcessId);

        Console.Error.WriteLine("floor: warm-up (3 s at 250 req/s)");
        await driver.FixedRateAsync("warm-up", 250, TimeSpan.FromSeconds(3), cancellationToken);
        Console.Error.WriteLine($"floor: fixed rate {options.Rate} req/s for {options.Duration} s");
        var fixedRate = await driver.FixedRateAsync("fixed", options.Rate, TimeSpan.FromSeconds(options.Duration), cancellationToken);
        var saturations = new List<PhaseResult>();
        foreach (var connections in options.DotnetSaturation ? options.Connections : [])
        {
            Console.Error.WriteLine($"floor: saturation, {connections} connections for {options.SaturationDuration} s");
            saturations.Add(await driver.ClosedLoopAsync($"saturation ({connections} connections)", connections, TimeSpan.FromSeconds(options.SaturationDuration), cancellationToken));
        }

        var wrk = await new WrkSaturation(options, commands, floor.Address, floor.ProcessId, 1, 100_000).RunAsync("floor", cancellationToken);
        return new FloorFigures(floor.Startup, idle, ProcessMemory.PeakResidentBytes(floor.ProcessId), fixedRate, saturations, wrk);
    }
}
