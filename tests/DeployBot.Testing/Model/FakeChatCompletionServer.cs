using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Testing.Model;

/// <summary>
/// An OpenAI-compatible chat-completions server on loopback (Kestrel, 127.0.0.1, a free port) that answers
/// <c>POST /v1/chat/completions</c> from a script of <see cref="FakeModelReply"/>s, one per request, and records
/// every request it receives.
/// </summary>
public sealed class FakeChatCompletionServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeModelReply> _script = new();
    private readonly List<RecordedChatRequest> _requests = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly WebApplication _app;
    private int _sequence;
    private int _received;

    private FakeChatCompletionServer(WebApplication app) => _app = app;

    /// <summary>The base URL clients configure, ending in <c>/v1</c> as OpenAI-compatible servers' do.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the server does once the script is used up (default: HTTP 500).</summary>
    public FakeModelReply WhenScriptIsEmpty { get; set; } = FakeModelReply.ServerError();

    /// <summary>How long every request waits before its reply (a model's think time, so work is in flight); zero by default.</summary>
    public TimeSpan ReplyDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Whether <see cref="Requests"/> keeps each request's body (default true). A load run of tens of thousands of plans
    /// turns it off: the log would grow the load tool's own heap, and its garbage collections would show up as the
    /// bot's latency. <see cref="RequestCount"/> counts either way.
    /// </summary>
    public bool KeepRequests { get; set; } = true;

    public int RequestCount => Volatile.Read(ref _received);

    public IReadOnlyList<RecordedChatRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeChatCompletionServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeChatCompletionServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri($"{address.TrimEnd('/')}/v1");
        return server;
    }

    /// <summary>Queues replies for the next requests, in order.</summary>
    public FakeChatCompletionServer Enqueue(params FakeModelReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Interlocked.Increment(ref _received);
        if (KeepRequests)
        {
            lock (_requests)
            {
                _requests.Add(new RecordedChatRequest(body, TimeProvider.System.GetUtcNow(), context.Request.Headers.Authorization.ToString()));
            }
        }

        var reply = _script.TryDequeue(out var next) ? next : WhenScriptIsEmpty;
        if (ReplyDelay > TimeSpan.Zero && !await DelayAsync(ReplyDelay, context.RequestAborted))
        {
            return;
        }

        await RespondAsync(context, reply, body);
    }

    private async Task RespondAsync(HttpContext context, FakeModelReply reply, string requestBody)
    {
        var response = context.Response;
        switch (reply)
        {
            case FakeModelReply.ContentReply content:
                var id = $"chatcmpl-fake{Interlocked.Increment(ref _sequence)}";
                var created = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
                await WriteJsonAsync(response, 200, ChatCompletionWire.Completion(id, ChatCompletionWire.ModelOf(requestBody), content.Text, created, requestBody.Length / 4));
                break;
            case FakeModelReply.TooManyRequestsReply tooMany:
                response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteJsonAsync(response, 429, ChatCompletionWire.Error("Rate limit reached. Please try again later.", "rate_limit_exceeded", "rate_limit_exceeded"));
                break;
            case FakeModelReply.ErrorReply error:
                await WriteJsonAsync(response, error.StatusCode, ChatCompletionWire.Error("The server had an error while processing your request.", "server_error", null));
                break;
            case FakeModelReply.HangReply:
                await HangAsync(context.RequestAborted);
                break;
            default:
                response.StatusCode = 200;
                response.ContentType = "application/json";
                await response.WriteAsync("<html>definitely not a completion", context.RequestAborted);
                break;
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stopping.Token);
        try
        {
            await Task.Delay(delay, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the server is stopping while the model was "thinking".
            return false;
        }
    }

    private async Task HangAsync(CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, linked.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (its timeout) or the server is stopping: exactly what a hung model looks like.
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, int statusCode, string json)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        await response.WriteAsync(json);
    }
}
