using System.Text.Json;
using DeployBot.WebConsole.Feed;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>
/// <c>GET /console/events</c>: server-sent events, one <c>message</c> event per changed feed message (the whole
/// message, so the page replaces it in place). The last event of each batch carries the feed's sequence number as its
/// id, so a reconnecting browser's <c>Last-Event-ID</c> resumes exactly where it stopped.
/// </summary>
internal sealed class ConsoleEventStream(long afterSeq) : IResult
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>The sequence number to resume after: <c>Last-Event-ID</c>, else <c>?after=</c>, else 0 (everything).</summary>
    public static IResult Open(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var resume = http.Request.Headers["Last-Event-ID"].ToString();
        var after = resume.Length > 0 ? resume : http.Request.Query["after"].ToString();
        if (after.Length == 0)
        {
            return new ConsoleEventStream(0);
        }

        return long.TryParse(after, out var seq) && seq >= 0
            ? new ConsoleEventStream(seq)
            : ConsoleJson.Problem(400, "Bad event id", "\"after\" (or Last-Event-ID) is the number of the last event received, 0 or more.");
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var services = httpContext.RequestServices;
        var feed = services.GetRequiredService<ConsoleFeed>();
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<ConsoleEventStream>>();
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);

        var response = httpContext.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        ConsoleLog.StreamOpened(logger, afterSeq);
        var last = afterSeq;
        try
        {
            await response.WriteAsync("retry: 2000\n\n", stop.Token);
            while (!stop.Token.IsCancellationRequested)
            {
                var changes = feed.ChangesSince(last);
                await WriteAsync(response, changes, stop.Token);
                last = changes.Seq;
                await WaitForChangeAsync(response, changes.NextChange, time, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
        {
            // The browser went away or the host is stopping: the stream simply ends.
        }
        finally
        {
            ConsoleLog.StreamClosed(logger, last);
        }
    }

    private static async Task WriteAsync(HttpResponse response, FeedChanges changes, CancellationToken cancellationToken)
    {
        for (var i = 0; i < changes.Messages.Count; i++)
        {
            var id = i == changes.Messages.Count - 1 ? $"id: {changes.Seq}\n" : string.Empty;
            var json = JsonSerializer.Serialize(changes.Messages[i], ConsoleJson.Options);
            await response.WriteAsync($"{id}event: message\ndata: {json}\n\n", cancellationToken);
        }

        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task WaitForChangeAsync(HttpResponse response, Task nextChange, TimeProvider time, CancellationToken cancellationToken)
    {
        var heartbeat = Task.Delay(Heartbeat, time, cancellationToken);
        if (await Task.WhenAny(nextChange, heartbeat) == heartbeat)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await response.WriteAsync(": still here\n\n", cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
    }
}
