using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace DeployBot.Host.Tests.Operations.Support;

/// <summary>
/// The built host (<c>dotnet DeployBot.Host.dll</c> from this test's output folder, or a published folder) run as a
/// separate process, configured only through environment variables as an operator would, on a free loopback port
/// with its own SQLite file. Either it stops (bad configuration: <see cref="ExitCode"/> and <see cref="Errors"/>) or it
/// says where it listens (<see cref="BaseAddress"/>).
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _out = new();
    private readonly ConcurrentQueue<string> _err = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process, string directory)
    {
        _process = process;
        Directory = directory;
    }

    /// <summary>The child's working directory; its SQLite file lives here.</summary>
    public string Directory { get; }

    public Uri? BaseAddress { get; private set; }

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public IReadOnlyList<string> Errors => [.. _err];

    public IReadOnlyList<string> Output => [.. _out];

    public string Transcript => string.Join(Environment.NewLine, _out.Select(l => "out: " + l).Concat(_err.Select(l => "err: " + l)));

    /// <summary>Starts the host with <paramref name="settings"/> (configuration keys; <c>:</c> becomes <c>__</c>; null removes an inherited variable).</summary>
    public static HostProcess Start(IReadOnlyDictionary<string, string?> settings, string[]? arguments = null, string? hostDirectory = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "deploybot-ops", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo(Dotnet())
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(hostDirectory ?? AppContext.BaseDirectory, "DeployBot.Host.dll"));
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Variables(directory, settings))
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var host = new HostProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, directory);
        host.Launch();
        return host;
    }

    /// <summary>Waits until the host stops by itself (a configuration problem) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(exited, _listening.Task);
        if (first == _listening.Task)
        {
            throw new InvalidOperationException($"The host started although it should have refused to. {Transcript}");
        }

        await exited;
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    /// <summary>Waits until the host says where it listens; throws with its output when it exits instead.</summary>
    public async Task<Uri> WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(exited, _listening.Task);
        if (first != _listening.Task)
        {
            _process.WaitForExit();
            throw new InvalidOperationException($"The host did not start (exit {ExitCode}). {Transcript}");
        }

        BaseAddress = await _listening.Task;
        return BaseAddress;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }

    private void Launch()
    {
        _process.OutputDataReceived += (_, e) => Received(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Received(_err, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Received(ConcurrentQueue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
        }
    }

    private static Dictionary<string, string?> Variables(string directory, IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["DOTNET_NOLOGO"] = "1",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__Console__ColorBehavior"] = "Disabled",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(directory, "deploybot.db")}",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    private static string Dotnet()
    {
        var beside = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(beside) ? beside : "dotnet";
    }

    [GeneratedRegex(@"Now listening on: (?<url>https?://\S+)")]
    private static partial Regex ListeningLine();
}
