using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Testing.Sources;

/// <summary>
/// What the fake GitHub and GitLab APIs share: Kestrel on 127.0.0.1 (a free port), a record of every call, and scripted
/// failures played before the real answer (a status with headers and the API's error body, or a hang).
/// </summary>
public sealed class FakeSourceHost : IAsyncDisposable
{
    private readonly ConcurrentQueue<SourceCall> _calls = new();
    private readonly ConcurrentQueue<SourceFailure> _failures = new();
    private WebApplication? _app;

    private FakeSourceHost()
    {
    }

    public Uri Root { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<SourceCall> Calls => _calls.ToArray();

    internal static async Task<FakeSourceHost> StartAsync(Action<WebApplication> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var host = new FakeSourceHost { _app = app };
        app.Use(async (http, next) =>
        {
            if (!await host.RecordAndFailAsync(http))
            {
                await next(http);
            }
        });
        map(app);
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Root = new Uri(bound.TrimEnd('/') + "/");
        return host;
    }

    /// <summary>The next <paramref name="times"/> calls get <paramref name="failure"/> instead of an answer.</summary>
    public void FailNext(SourceFailure failure, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(failure);
        }
    }

    private async Task<bool> RecordAndFailAsync(HttpContext http)
    {
        var headers = http.Request.Headers;
        _calls.Enqueue(new SourceCall(
            http.Request.Path.Value ?? string.Empty,
            http.Request.QueryString.Value ?? string.Empty,
            headers.Authorization.ToString(),
            headers["PRIVATE-TOKEN"].ToString(),
            headers.UserAgent.ToString()));
        if (!_failures.TryDequeue(out var failure))
        {
            return false;
        }

        if (failure.Hang)
        {
            await HangAsync(http.RequestAborted);
            return true;
        }

        http.Response.StatusCode = failure.StatusCode;
        foreach (var (name, value) in failure.Headers)
        {
            http.Response.Headers[name] = value;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(failure.Body, http.RequestAborted);
        return true;
    }

    private static async Task HangAsync(CancellationToken aborted)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, aborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
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

/// <summary>One call a fake API received, with the credentials it carried.</summary>
public sealed record SourceCall(string Path, string Query, string Authorization, string PrivateToken, string UserAgent);

/// <summary>A scripted answer: a status with headers and body, or a hang until the caller gives up.</summary>
public sealed record SourceFailure(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body, bool Hang = false)
{
    public static SourceFailure Status(int statusCode, string body = """{"message":"Server Error"}""") =>
        new(statusCode, new Dictionary<string, string>(), body);

    /// <summary>GitHub's primary rate limit: 403 with <c>X-RateLimit-Remaining: 0</c> and the reset as Unix seconds.</summary>
    public static SourceFailure GitHubRateLimit(DateTimeOffset reset) => new(
        403,
        new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "60",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Used"] = "60",
            ["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Resource"] = "core",
        },
        """{"message":"API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}""");

    /// <summary>429 with <c>Retry-After</c> in seconds (GitHub's secondary limits, GitLab's limits).</summary>
    public static SourceFailure TooManyRequests(int retryAfterSeconds) => new(
        429,
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        """{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}""");

    public static SourceFailure Hangs() => new(0, new Dictionary<string, string>(), string.Empty, Hang: true);
}
