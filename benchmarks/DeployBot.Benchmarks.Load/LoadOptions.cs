using System.Globalization;

namespace DeployBot.Benchmarks.Load;

/// <summary>The knobs of one run, from <c>--flag value</c> pairs. Defaults: see README (a full run takes 15 minutes or more, most of it draining plans).</summary>
internal sealed record LoadOptions
{
    /// <summary>Requests per second of the fixed-rate (open-loop) phase.</summary>
    public int Rate { get; init; } = 500;

    /// <summary>Seconds of the fixed-rate phase.</summary>
    public int Duration { get; init; } = 10;

    /// <summary>
    /// Concurrent connections of each saturation (closed-loop) phase. A server that commits every request durably
    /// answers in batches, so its peak needs more requests in flight than one that only computes: each target's
    /// saturation throughput is the best over these.
    /// </summary>
    public IReadOnlyList<int> Connections { get; init; } = [32, 128, 256];

    /// <summary>Seconds of each saturation phase.</summary>
    public int SaturationDuration { get; init; } = 4;

    /// <summary>
    /// Whether the .NET driver's saturation phases run (floor and DeployBot). Off by default: wrk's phases measure the
    /// same thing with less of the two cores spent on the generator, and these phases added ~73,000 plans to the backlog.
    /// </summary>
    public bool DotnetSaturation { get; init; }

    /// <summary>
    /// Connections of each wrk saturation phase (two wrk threads). wrk, a C load generator, leaves more of the two
    /// cores to the target than this .NET tool does; the floor, Bolt-JS and DeployBot each get the same phases.
    /// </summary>
    public IReadOnlyList<int> WrkConnections { get; init; } = [32, 128];

    /// <summary>Seconds of each wrk saturation phase.</summary>
    public int WrkDuration { get; init; } = 5;

    /// <summary>Seconds of the wrk warm-up before a target's wrk phases (not measured).</summary>
    public int WrkWarmUp { get; init; } = 3;

    /// <summary>Requests per second of the whole-path phase (command → plan posted), below the worker's capacity.</summary>
    public int PathRate { get; init; } = 20;

    /// <summary>Seconds of the whole-path phase.</summary>
    public int PathDuration { get; init; } = 10;

    /// <summary>The fake model's fixed think time, subtracted from the whole-path latency.</summary>
    public int ModelDelayMs { get; init; } = 100;

    /// <summary>Parameter forms left open for the memory figure.</summary>
    public int Conversations { get; init; } = 1000;

    /// <summary>The host's <c>Jobs:Concurrency</c> (plans written at once; the product's maximum is 64).</summary>
    public int JobConcurrency { get; init; } = 64;

    /// <summary>
    /// The least time to wait for every acknowledged plan to be posted before calling the rest lost. The limit grows
    /// with the backlog (one second per <see cref="DrainRate"/> plans recorded), and the wait ends early when no
    /// plan was posted for 20 s (a worker that stopped, not one still draining).
    /// </summary>
    public int DrainTimeout { get; init; } = 600;

    /// <summary>
    /// Plans per second the drain limit assumes at least (the SQLite run of 4 Dec posted 171/s; PostgreSQL may post
    /// fewer: lower this if its drain stops at the limit while plans are still being posted).
    /// </summary>
    public int DrainRate { get; init; } = 100;

    /// <summary>
    /// An Npgsql connection string to a PostgreSQL server (any database; the tool creates and drops its own): when set,
    /// DeployBot is also measured on PostgreSQL, one replica and then two on one database. Defaults to the
    /// <c>DEPLOYBOT_BENCH_POSTGRES</c> environment variable.
    /// </summary>
    public string? Postgres { get; init; } = System.Environment.GetEnvironmentVariable("DEPLOYBOT_BENCH_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>Where to write the Markdown table as well as stdout (optional).</summary>
    public string? Output { get; init; }

    /// <summary>
    /// Where to write DeployBot's fixed-rate samples as CSV (optional): when each command was due, from the start of the
    /// phase, and how long its answer took, to see whether slow answers cluster in time (a pause) or are spread out.
    /// </summary>
    public string? Samples { get; init; }

    public const string Usage =
        "usage: DeployBot.Benchmarks.Load [--rate 500] [--duration 10] [--connections 32,128,256] [--saturation-duration 4] "
        + "[--path-rate 20] [--path-duration 10] [--model-delay-ms 100] [--conversations 1000] [--job-concurrency 64] "
        + "[--wrk-connections 32,128] [--wrk-duration 5] [--wrk-warm-up 3] [--drain-timeout 600] [--drain-rate 100] [--dotnet-saturation false] "
        + "[--postgres \"Host=…;Username=…;Database=postgres\"] [--output results.md] [--samples fixed-rate.csv]";

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            }

            options = options.With(args[i], args[i + 1]);
        }

        return options;
    }

    private LoadOptions With(string flag, string value) => flag switch
    {
        "--rate" => this with { Rate = Positive(flag, value) },
        "--duration" => this with { Duration = Positive(flag, value) },
        "--connections" => this with { Connections = value.Split(',').Select(count => Positive(flag, count)).ToArray() },
        "--wrk-connections" => this with { WrkConnections = value.Split(',').Select(count => Positive(flag, count)).ToArray() },
        "--wrk-duration" => this with { WrkDuration = Positive(flag, value) },
        "--wrk-warm-up" => this with { WrkWarmUp = Positive(flag, value) },
        "--saturation-duration" => this with { SaturationDuration = Positive(flag, value) },
        "--path-rate" => this with { PathRate = Positive(flag, value) },
        "--path-duration" => this with { PathDuration = Positive(flag, value) },
        "--model-delay-ms" => this with { ModelDelayMs = Positive(flag, value) },
        "--conversations" => this with { Conversations = Positive(flag, value) },
        "--job-concurrency" => this with { JobConcurrency = Math.Min(64, Positive(flag, value)) },
        "--drain-timeout" => this with { DrainTimeout = Positive(flag, value) },
        "--drain-rate" => this with { DrainRate = Positive(flag, value) },
        "--dotnet-saturation" => this with { DotnetSaturation = Boolean(flag, value) },
        "--postgres" => this with { Postgres = value.Length > 0 ? value : throw new ArgumentException($"{flag} takes an Npgsql connection string. {Usage}") },
        "--output" => this with { Output = value },
        "--samples" => this with { Samples = value },
        _ => throw new ArgumentException($"Unknown flag {flag}. {Usage}"),
    };

    private static bool Boolean(string flag, string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw new ArgumentException($"{flag} takes true or false, not '{value}'. {Usage}"),
    };

    private static int Positive(string flag, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{flag} takes a positive whole number, not '{value}'. {Usage}");
}
