using System.Collections.Concurrent;
using DeployBot.Core.Releases;
using DeployBot.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeployBot.Sources.Tests.Support;

/// <summary>
/// <c>AddReleaseSources()</c> as the host calls it, over test settings: the real Octokit client, the real guard and
/// Polly pipeline. <see cref="Stub"/> replaces only the socket layer, for hosts no loopback fake can stand in for.
/// </summary>
internal sealed class SourcesHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public SourcesHarness(IDictionary<string, string?> settings, StubHandler? stub = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.AddReleaseSources();
        if (stub is not null)
        {
            builder.Services.AddHttpClient(SourceHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => stub);
        }

        _services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public RecordingLogs Logs { get; } = new();

    public IServiceProvider Services => _services;

    public IReleaseSource Source => _services.GetRequiredService<IReleaseSource>();

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Dictionary<string, string?> GitHub(string apiBaseUrl, string? token = null) => new()
    {
        ["Sources:GitHub:ApiBaseUrl"] = apiBaseUrl,
        ["Sources:GitHub:Token"] = token,
        ["Sources:TimeoutSeconds"] = "5",
    };

    public static Dictionary<string, string?> GitLab(string apiBaseUrl, string? token = null) => new()
    {
        ["Sources:GitLab:ApiBaseUrl"] = apiBaseUrl,
        ["Sources:GitLab:Token"] = token,
        ["Sources:TimeoutSeconds"] = "5",
    };

    public Task<ResolvedRelease?> ResolveAsync(string notes) => Source.ResolveAsync(notes, Token);

    public async Task<ReleaseUnreadableException> UnreadableAsync(string notes) =>
        await Assert.ThrowsAsync<ReleaseUnreadableException>(() => Source.ResolveAsync(notes, Token));

    public void Dispose() => _services.Dispose();
}

/// <summary>Every log line written, formatted, for checking that no token is ever logged.</summary>
internal sealed class RecordingLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs._lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
