using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Testing.OnCall;

/// <summary>
/// What the fake paging tools share: Kestrel on 127.0.0.1 (a free port), a record of every call, and scripted failures
/// played before the real answer (a status with the tool's error body, 429 with Retry-After, or a hang).
/// </summary>
public sealed class FakePagingHost : IAsyncDisposable
{
    private readonly ConcurrentQueue<PagingCall> _calls = new();
    private readonly ConcurrentQueue<PagingFailure> _failures = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private WebApplication? _app;

    private FakePagingHost()
    {
    }

    public Uri Root { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<PagingCall> Calls => _calls.ToArray();

    internal static async Task<FakePagingHost> StartAsync(
        Action<WebApplication, FakePagingHost> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var host = new FakePagingHost { _app = app };
        map(app, host);
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Root = new Uri(bound.TrimEnd('/') + "/");
        return host;
    }

    /// <summary>The next <paramref name="times"/> calls get <paramref name="failure"/> instead of an answer.</summary>
    public void FailNext(PagingFailure failure, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(failure);
        }
    }

    /// <summary>Records the call, then plays the next scripted failure; true when it did (the response is written).</summary>
    internal async Task<bool> RecordAndFailAsync(HttpContext http, string errorBody)
    {
        var request = http.Request;
        _calls.Enqueue(new PagingCall(
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray() as IReadOnlyList<string?>, StringComparer.Ordinal),
            request.Headers.Authorization.ToString(),
            request.Headers.Accept.ToString(),
            Stopwatch.GetElapsedTime(_started)));
        if (!_failures.TryDequeue(out var failure))
        {
            return false;
        }

        await PlayAsync(http, failure, errorBody);
        return true;
    }

    private static async Task PlayAsync(HttpContext http, PagingFailure failure, string errorBody)
    {
        if (failure.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        http.Response.StatusCode = failure.StatusCode;
        if (failure.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(errorBody, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>One call a fake paging tool received.</summary>
/// <param name="Path">"/oncalls".</param>
/// <param name="RawQuery">The query string as sent.</param>
/// <param name="Query">The query parameters, decoded.</param>
/// <param name="Authorization">The Authorization header as sent.</param>
/// <param name="Accept">The Accept header as sent.</param>
/// <param name="At">When it arrived, measured from the fake's start.</param>
public sealed record PagingCall(
    string Path, string RawQuery, IReadOnlyDictionary<string, IReadOnlyList<string?>> Query, string Authorization, string Accept, TimeSpan At)
{
    public string? Single(string name) => Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}

/// <summary>A scripted failure: an HTTP status (with Retry-After for 429), or a hang until the caller gives up.</summary>
public sealed record PagingFailure(int StatusCode, int? RetryAfterSeconds = null, bool Hang = false)
{
    public static PagingFailure Status(int statusCode) => new(statusCode);

    public static PagingFailure RateLimited(int retryAfterSeconds) => new(429, retryAfterSeconds);

    public static PagingFailure Hangs() => new(0, Hang: true);
}
