using DeployBot.Benchmarks.Load;
using DeployBot.Benchmarks.Load.Floor;

// floor <secret>: the bare Kestrel endpoint, started by the benchmark as a child process.
if (args is ["floor", var secret])
{
    return await FloorServer.RunAsync(secret);
}

const string SigningSecret = "load-benchmark-signing-secret-0123";
if (args is ["profile", .. var profileArgs])
{
    return await ProfileMode.RunAsync(profileArgs, SigningSecret, CancellationToken.None);
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

// This process is the load generator and the fakes: its own pauses would be counted as the target's latency, so it
// avoids blocking full collections while it measures (the floor and the host keep the runtime's defaults).
System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;

using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(30));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var loadBefore = MachineInfo.LoadAverage();
var floor = await new FloorBench(options, SigningSecret).RunAsync(stop.Token);
var bolt = await new BoltBench(options, SigningSecret).RunAsync(stop.Token);
var bot = await new BotBench(options, SigningSecret).RunAsync(stop.Token);
var report = MarkdownReport.Render(options, MachineInfo.Read(loadBefore), floor, bolt, bot);
Console.Out.WriteLine(report);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report, stop.Token);
}

// Exit 1 when a request was lost or doubled: that is a bug, not a slow machine.
return bot.Delivery.Holds ? 0 : 1;
