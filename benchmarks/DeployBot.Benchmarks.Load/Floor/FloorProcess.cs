using System.Diagnostics;

namespace DeployBot.Benchmarks.Load.Floor;

/// <summary>This program started again in <c>floor</c> mode as a child process, so the floor runs in a process of its own like DeployBot.</summary>
internal sealed class FloorProcess : IDisposable
{
    private readonly Process _process;

    private FloorProcess(Process process, Uri address, TimeSpan startup)
    {
        _process = process;
        Address = address;
        Startup = startup;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>Process start → listening (the floor has no /healthz; it answers as soon as it listens).</summary>
    public TimeSpan Startup { get; }

    public static async Task<FloorProcess> StartAsync(string signingSecret, CancellationToken cancellationToken)
    {
        var start = Self();
        start.ArgumentList.Add("floor");
        start.ArgumentList.Add(signingSecret);
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the floor process.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(FloorServer.ListeningPrefix, StringComparison.Ordinal))
            {
                var address = new Uri(line[FloorServer.ListeningPrefix.Length..].TrimEnd('/') + "/");
                return new FloorProcess(process, address, clock.Elapsed);
            }
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException("The floor process exited before it listened.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    /// <summary>How this program was started: its apphost, or <c>dotnet</c> with its dll.</summary>
    private static ProcessStartInfo Self()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(path);
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(typeof(FloorProcess).Assembly.Location);
        }

        return start;
    }
}
