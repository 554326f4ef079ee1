using System.Diagnostics;
using System.Text.Json;

namespace DeployBot.Benchmarks.Load.Peers;

/// <summary>
/// The Bolt-JS peer (<c>benchmarks/peers/bolt</c>): Slack's own framework acknowledging the same signed commands,
/// recording nothing. Its one dependency, <c>@slack/bolt</c> 5.1.0, is installed with npm on first use (no
/// node_modules in the repository); the app is then started with node and found by the line it prints.
/// </summary>
internal sealed class BoltProcess : IDisposable
{
    public const string BoltVersion = "5.1.0";
    private const string ListeningPrefix = "BOLT LISTENING ";

    private readonly Process _process;

    private BoltProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<BoltProcess> StartAsync(string signingSecret, CancellationToken cancellationToken)
    {
        var folder = FindApp();
        await InstallAsync(folder, cancellationToken);
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("app.js");
        start.Environment["SLACK_SIGNING_SECRET"] = signingSecret;
        start.Environment["NODE_ENV"] = "production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (the Bolt-JS peer needs Node.js).");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                return new BoltProcess(process, new Uri(line[ListeningPrefix.Length..]));
            }
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException("The Bolt-JS peer exited before it listened.");
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

    /// <summary><c>npm install</c> in the app's folder unless the pinned Bolt version is already there.</summary>
    private static async Task InstallAsync(string folder, CancellationToken cancellationToken)
    {
        var installed = Path.Combine(folder, "node_modules", "@slack", "bolt", "package.json");
        if (File.Exists(installed)
            && JsonDocument.Parse(await File.ReadAllTextAsync(installed, cancellationToken)).RootElement.GetProperty("version").GetString() == BoltVersion)
        {
            return;
        }

        Console.Error.WriteLine($"bolt: npm install @slack/bolt@{BoltVersion} in {folder}");
        var npm = new ProcessStartInfo("npm") { WorkingDirectory = folder, UseShellExecute = false };
        foreach (var argument in new[] { "install", "--no-audit", "--no-fund", "--no-package-lock", "--silent" })
        {
            npm.ArgumentList.Add(argument);
        }

        using var process = Process.Start(npm) ?? throw new InvalidOperationException("Could not start npm.");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install failed in {folder} (exit {process.ExitCode}).");
        }
    }

    /// <summary>benchmarks/peers/bolt, found upwards from this tool's folder (the artifacts output sits inside the repository).</summary>
    private static string FindApp()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var app = Path.Combine(folder.FullName, "benchmarks", "peers", "bolt");
            if (File.Exists(Path.Combine(app, "app.js")))
            {
                return app;
            }
        }

        throw new DirectoryNotFoundException("benchmarks/peers/bolt/app.js was not found above " + AppContext.BaseDirectory);
    }
}
