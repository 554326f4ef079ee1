using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace DeployBot.Testing.Processes;

/// <summary>
/// The real DeployBot host as a separate OS process (<c>dotnet DeployBot.Host.dll</c>), configured only through
/// environment variables (<c>Section__Key</c>), listening on a free 127.0.0.1 port. It can be killed like
/// <c>kill -9</c> (the whole process tree, no shutdown code runs) and started again with the same settings, so the
/// same storage. stdout and stderr of every run are kept in <see cref="Output"/> for diagnostics.
/// </summary>
public sealed partial class DeployBotProcess : IAsyncDisposable
{
    /// <summary>How long a start may take on a loaded 2-core machine before the test gives up.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, string?> _environment;
    private Process? _process;
    private int _runs;

    private DeployBotProcess(string name, IReadOnlyDictionary<string, string?> settings)
    {
        Name = name;
        WorkingDirectory = Path.Combine(Path.GetTempPath(), "deploybot-processes", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(WorkingDirectory);
        _environment = BuildEnvironment(settings);
    }

    public string Name { get; }

    /// <summary>The child's current directory (relative paths in its configuration resolve here); kept across restarts.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Where the current run listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public ProcessOutput Output { get; } = new();

    public int ProcessId => _process?.Id ?? 0;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>How many times the host was started (1 after <see cref="StartAsync"/>).</summary>
    public int Runs => _runs;

    /// <summary>
    /// Starts the host with <paramref name="settings"/> (configuration keys such as <c>Storage:ConnectionString</c>;
    /// a null value removes an inherited variable) and waits until <c>/healthz</c> answers 200.
    /// </summary>
    public static async Task<DeployBotProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = new DeployBotProcess(name, settings);
        try
        {
            await host.LaunchAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the host at once, like <c>kill -9</c>: SIGKILL to it and its children, then waits for it to be gone.</summary>
    public void Kill()
    {
        if (_process is not { } process || process.HasExited)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        if (!process.WaitForExit(TimeSpan.FromSeconds(15)))
        {
            throw new InvalidOperationException($"{Name} (pid {process.Id}) did not exit after SIGKILL.");
        }
    }

    /// <summary>Kills the current run if it is alive and starts the host again with the same settings and working directory.</summary>
    public Task RestartAsync(CancellationToken cancellationToken)
    {
        Kill();
        return LaunchAsync(cancellationToken);
    }

    /// <summary>A client for the current run (base address set). The caller disposes it.</summary>
    public HttpClient CreateClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new SocketsHttpHandler(), disposeHandler: true) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        _process = null;
        await Task.Yield();
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var run = Interlocked.Increment(ref _runs);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(string line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
            }
        }

        Output.LineWritten += Watch;
        try
        {
            var process = StartProcess(run);
            _process?.Dispose();
            _process = process;
            BaseAddress = await WaitForAddressAsync(process, listening.Task, cancellationToken);
        }
        finally
        {
            Output.LineWritten -= Watch;
        }

        await WaitForHealthAsync(cancellationToken);
    }

    private Process StartProcess(int run)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostBinaries.FindHostDll());
        foreach (var (key, value) in _environment)
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

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Output.Add(run, "out", e.Data);
        process.ErrorDataReceived += (_, e) => Output.Add(run, "err", e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName} for {Name}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<Uri> WaitForAddressAsync(Process process, Task<Uri> listening, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var exited = process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(listening, exited, Task.Delay(Timeout.Infinite, timeout.Token)).ConfigureAwait(false);
        if (first == listening)
        {
            return await listening;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var why = process.HasExited ? $"exited with code {process.ExitCode}" : $"did not report a listening address within {StartTimeout.TotalSeconds} s";
        throw new InvalidOperationException($"{Name} {why}. Output:{Environment.NewLine}{Output.Tail()}");
    }

    private async Task WaitForHealthAsync(CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not accepting yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // That attempt timed out; try again within the deadline.
            }

            if (!IsRunning || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"{Name} never answered /healthz (running: {IsRunning}). Output:{Environment.NewLine}{Output.Tail()}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static Dictionary<string, string?> BuildEnvironment(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["DOTNET_NOLOGO"] = "1",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    /// <summary>The <c>dotnet</c> muxer of the running runtime, so the child runs on the same .NET as the test.</summary>
    private static string DotnetHost()
    {
        var fromRuntime = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        if (File.Exists(fromRuntime))
        {
            return fromRuntime;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath) ? hostPath : "dotnet";
    }

    [GeneratedRegex(@"Now listening on: (?<url>https?://\S+)")]
    private static partial Regex ListeningLine();
}
