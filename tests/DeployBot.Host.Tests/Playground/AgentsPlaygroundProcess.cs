using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DeployBot.Host.Tests.Playground;

/// <summary>
/// Microsoft 365 Agents Playground (<c>node cli.js</c>) as a child process, offline: no browser of its own
/// (<c>TEAMSAPPTESTER_BROWSER=none</c>), no telemetry, on a free port, sending the host's activities as channel
/// <c>msteams</c> and serving its Bot Connector-like API at <c>&lt;its address&gt;/_connector</c> for the replies.
/// </summary>
internal sealed partial class AgentsPlaygroundProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AgentsPlaygroundProcess(Process process, string workingDirectory)
    {
        _process = process;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The Playground's web page, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Page { get; private set; } = null!;

    public string WorkingDirectory { get; }

    /// <summary>What it printed, then the end of its own log file (every activity it sent and received).</summary>
    public string Describe()
    {
        var log = Path.Combine(WorkingDirectory, "playground.log");
        var logTail = File.Exists(log) ? string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(60)) : "(no log file)";
        return $"Agents Playground output:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}{Environment.NewLine}Its log:{Environment.NewLine}{logTail}";
    }

    public static async Task<AgentsPlaygroundProcess> StartAsync(AgentsPlaygroundInstall install, Uri botEndpoint, CancellationToken cancellationToken)
    {
        var workingDirectory = Path.Combine(Path.GetTempPath(), "deploybot-playground", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo(install.Node)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { install.Cli, "--app-endpoint", botEndpoint.ToString(), "--channel-id", "msteams", "--port", "0", "--disable-telemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = install.ConfigFile;
        start.Environment["TEAMSAPPTESTER_LOGFILE"] = Path.Combine(workingDirectory, "playground.log");
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var playground = new AgentsPlaygroundProcess(process, workingDirectory);
        try
        {
            await playground.LaunchAsync(cancellationToken);
            return playground;
        }
        catch
        {
            playground.Dispose();
            throw;
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            _output.Enqueue(line);
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        if (!_process.Start())
        {
            throw new InvalidOperationException("Could not start the Agents Playground.");
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(Timeout.Infinite, timeout.Token));
        if (first != listening.Task)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var why = _process.HasExited ? $"exited with code {_process.ExitCode}" : $"did not say where it listens within {StartTimeout.TotalSeconds} s";
            throw new InvalidOperationException($"The Agents Playground {why}.{Environment.NewLine}{Describe()}");
        }

        Page = new Uri($"http://127.0.0.1:{await listening.Task}/");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
    }

    [GeneratedRegex(@"^Listening on (?<port>\d+)\s*$")]
    private static partial Regex ListeningLine();
}
