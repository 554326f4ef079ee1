using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.Teams;

/// <summary>
/// The Bot Framework connector REST API on loopback under <c>/amer/</c> (as real Teams service URLs have a region path):
/// create conversation, send, reply, update. Records every call, assigns Teams-like numeric activity ids, and plays
/// scripted failures (429 with Retry-After, 5xx, 403 for channels the bot is not in).
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<ScriptedFailure> _failures = new();
    private readonly ConcurrentDictionary<string, byte> _forbiddenChannels = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? _app;
    private long _nextId = 1_760_000_000_000;

    private FakeBotConnector()
    {
    }

    public Uri Root { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What Teams would put in <c>serviceUrl</c>.</summary>
    public string ServiceUrl => new Uri(Root, "amer/").ToString();

    public IReadOnlyList<ConnectorCall> Calls => _calls.ToArray();

    public static async Task<FakeBotConnector> StartAsync(CancellationToken cancellationToken = default)
    {
        var connector = new FakeBotConnector();
        (connector._app, connector.Root) = await Loopback.StartAsync(connector.Map, cancellationToken);
        return connector;
    }

    /// <summary>The next <paramref name="times"/> calls (matching <paramref name="operation"/> when given) get this status.</summary>
    public void FailNext(int status, int times = 1, string? operation = null, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(new ScriptedFailure(status, operation, retryAfter));
        }
    }

    /// <summary>Posts into this channel get 403 BotNotInConversationRoster, as when the bot is not in the team.</summary>
    public void RemoveBotFromChannel(string channelId) => _forbiddenChannels[channelId] = 0;

    public IReadOnlyList<ConnectorCall> CallsOf(string operation) => Calls.Where(call => call.Operation == operation).ToArray();

    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Loopback.WaitAsync(() => Calls.FirstOrDefault(match), timeout, "a matching connector call", cancellationToken);
        }
        catch (TimeoutException exception)
        {
            var seen = string.Join("\n", Calls.Select(c => $"  {c.Operation} {c.ConversationId} {c.ActivityId} -> {c.Status}: {Shorten(c.Visible)}"));
            throw new TimeoutException($"{exception.Message} The connector saw {Calls.Count} call(s):\n{seen}", exception);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/amer/v3/conversations", context => HandleAsync(context, ConnectorOperations.CreateConversation, null, null));
        app.MapPost("/amer/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) =>
            HandleAsync(context, ConnectorOperations.SendToConversation, conversationId, null));
        app.MapPost("/amer/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId, string activityId) =>
            HandleAsync(context, ConnectorOperations.ReplyToActivity, conversationId, activityId));
        app.MapPut("/amer/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId, string activityId) =>
            HandleAsync(context, ConnectorOperations.UpdateActivity, conversationId, activityId));
    }

    private async Task HandleAsync(HttpContext context, string operation, string? conversationId, string? activityId)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var authorization = context.Request.Headers.Authorization.ToString();
        var (status, answer, retryAfter) = Answer(operation, conversationId, activityId, body);
        _calls.Enqueue(new ConnectorCall(operation, conversationId, activityId, body, authorization.Length == 0 ? null : authorization, status, (string?)answer["activityId"] ?? (string?)answer["id"]));
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(answer);
    }

    private (int Status, JsonObject Answer, TimeSpan? RetryAfter) Answer(string operation, string? conversationId, string? activityId, JsonNode body)
    {
        if (TakeFailure(operation) is { } failure)
        {
            return (failure.Status, Error(failure.Status == 429 ? "Throttled" : "ServiceError"), failure.RetryAfter);
        }

        var channel = (string?)body["channelData"]?["channel"]?["id"] ?? conversationId?.Split(';')[0];
        if (channel is not null && _forbiddenChannels.ContainsKey(channel))
        {
            return (403, Error("BotNotInConversationRoster"), null);
        }

        var id = operation == ConnectorOperations.UpdateActivity ? activityId! : Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return operation == ConnectorOperations.CreateConversation
            ? (201, new JsonObject { ["id"] = $"{channel};messageid={id}", ["activityId"] = id }, null)
            : (200, new JsonObject { ["id"] = id }, null);
    }

    private ScriptedFailure? TakeFailure(string operation)
    {
        if (_failures.TryPeek(out var next) && (next.Operation is null || next.Operation == operation) && _failures.TryDequeue(out var taken))
        {
            return taken;
        }

        return null;
    }

    private static JsonObject Error(string code) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } };

    private sealed record ScriptedFailure(int Status, string? Operation, TimeSpan? RetryAfter);
}
