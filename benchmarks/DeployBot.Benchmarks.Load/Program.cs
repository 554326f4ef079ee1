using DeployBot.Benchmarks.Load;
using DeployBot.Benchmarks.Load.Floor;
using DeployBot.Benchmarks.Load.Postgres;
using DeployBot.Benchmarks.Load.Stores;

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

// A guard against a hung run, not a budget: the drain alone may take over half an hour (one second per 100 recorded plans).
using var stop = new CancellationTokenSource(TimeSpan.FromHours(4));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

if (options.Postgres is { } postgresServer && await PostgresStore.ProblemAsync(postgresServer, stop.Token) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}

var loadBefore = MachineInfo.LoadAverage();
var floor = await new FloorBench(options, SigningSecret).RunAsync(stop.Token);
var bolt = await new BoltBench(options, SigningSecret).RunAsync(stop.Token);
BotFigures bot;
await using (var sqlite = new SqliteStore())
{
    bot = await new BotBench(options, SigningSecret, sqlite).RunAsync(stop.Token);
}

PostgresFigures? postgres = null;
if (options.Postgres is { } server)
{
    BotFigures one;
    await using (var store = await PostgresStore.CreateAsync(server, 1, stop.Token))
    {
        one = await new BotBench(options, SigningSecret, store).RunAsync(stop.Token);
    }

    await using (var store = await PostgresStore.CreateAsync(server, 2, stop.Token))
    {
        postgres = new PostgresFigures(one, await new ReplicaBench(options, SigningSecret, store, 2).RunAsync(stop.Token));
    }
}

var report = MarkdownReport.Render(options, MachineInfo.Read(loadBefore), floor, bolt, bot, postgres);
Console.Out.WriteLine(report);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report, stop.Token);
}

// Exit 1 when a target was missed or a request was lost or doubled (a bug, not a slow machine); the report says which.
var missed = Targets.Ingress(options, floor, bolt, bot).Concat(Targets.Others(options, floor, bot, postgres)).Where(t => !t.Met).ToArray();
foreach (var target in missed)
{
    Console.Error.WriteLine($"not met: {target}");
}

return missed.Length == 0 ? 0 : 1;
