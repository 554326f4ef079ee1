using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DeployBot.Host.Tests.Operations.Support;

/// <summary>One log line as a provider sees it: level, category, the formatted message, the exception, and the scope values around it.</summary>
internal sealed record CapturedLog(LogLevel Level, string Category, string Message, string? Exception, IReadOnlyDictionary<string, object?> Scope);

/// <summary>Keeps every log line the host writes, with its scopes, so a test can check what operators would see.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _logs = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Logs => [.. _logs];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
            owner._scopes.ForEachScope(
                (value, into) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                        {
                            into[key] = item;
                        }
                    }
                },
                scope);
            owner._logs.Enqueue(new CapturedLog(logLevel, category, formatter(state, exception), exception?.ToString(), scope));
        }
    }
}
