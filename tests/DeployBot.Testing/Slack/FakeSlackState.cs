using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.Slack;

/// <summary>The fake's memory: calls, scripted failures, channel membership, users, and the ts sequence.</summary>
internal sealed class FakeSlackState(string botToken)
{
    private readonly Lock _gate = new();
    private readonly List<SlackApiCall> _calls = [];
    private readonly Dictionary<string, Queue<SlackFailure>> _scripted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<SlackApiCall, JsonObject>> _answers = new(StringComparer.Ordinal);
    private readonly FakeSlackChannels _channels = new();
    private int _sequence;

    public string BotToken { get; } = botToken;

    public bool KeepCalls { get; set; } = true;

    /// <summary>Raised for every call as it is recorded (on the request's thread).</summary>
    public event Action<SlackApiCall>? Recorded;

    public IReadOnlyList<SlackApiCall> Snapshot()
    {
        lock (_gate)
        {
            return _calls.ToArray();
        }
    }

    public void Script(string method, SlackFailure failure, int times)
    {
        lock (_gate)
        {
            if (!_scripted.TryGetValue(method, out var queue))
            {
                _scripted[method] = queue = new Queue<SlackFailure>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(failure);
            }
        }
    }

    public void SetMembership(string channel, bool member)
    {
        lock (_gate)
        {
            if (member)
            {
                _notIn.Remove(channel);
            }
            else
            {
                _notIn.Add(channel);
            }
        }
    }

    public void AddUser(string email, string userId)
    {
        lock (_gate)
        {
            _users[email] = userId;
        }
    }

    public async Task<IResult> HandleApiAsync(string method, HttpContext http)
    {
        var call = await RecordAsync(method, http);
        if (call.Failure is { } failure)
        {
            return Fail(http, failure);
        }

        if (AnswerFor(method) is { } answer)
        {
            return Json(answer(call));
        }

        if (call.Authorization != $"Bearer {BotToken}")
        {
            return Json(Error(call.Authorization is null ? "not_authed" : "invalid_auth"));
        }

        return Json(Answer(method, call.Body));
    }

    /// <summary>Answers <paramref name="method"/> with <paramref name="answer"/> (which checks its own token), e.g. <c>apps.connections.open</c>.</summary>
    public void SetAnswer(string method, Func<SlackApiCall, JsonObject> answer)
    {
        lock (_gate)
        {
            _answers[method] = answer;
        }
    }

    private Func<SlackApiCall, JsonObject>? AnswerFor(string method)
    {
        lock (_gate)
        {
            return _answers.GetValueOrDefault(method);
        }
    }

    public async Task<IResult> HandleResponseUrlAsync(string id, HttpContext http)
    {
        var call = await RecordAsync("response_url", http);
        return call.Failure is { } failure ? Fail(http, failure) : Json(new JsonObject { ["ok"] = true });
    }

    private JsonObject Answer(string method, JsonObject body)
    {
        var channel = FakeSlackResponses.Text(body, "channel");
        return method switch
        {
            "chat.postMessage" => Post(body, channel),
            "chat.update" => Update(body, channel),
            "conversations.history" => ChannelError(channel) is { } error ? Error(error) : _channels.History(channel!, body),
            "chat.postEphemeral" => channel is null ? Error("channel_not_found") : Ok(new() { ["message_ts"] = NextTs() }),
            "views.open" or "views.update" => ViewAnswer(body),
            "users.lookupByEmail" => LookUp(FakeSlackResponses.Text(body, "email")),
            "chat.getPermalink" => Ok(new()
            {
                ["channel"] = channel,
                ["permalink"] = $"https://fake.slack.com/archives/{channel}/p{FakeSlackResponses.Text(body, "message_ts")?.Replace(".", string.Empty, StringComparison.Ordinal)}",
            }),
            "auth.test" => Ok(new()
            {
                ["url"] = "https://fake.slack.com/", ["team"] = "Fake", ["user"] = "deploybot", ["team_id"] = FakeSlackApi.TeamId,
                ["user_id"] = FakeSlackApi.BotUserId, ["bot_id"] = FakeSlackApi.BotId, ["is_enterprise_install"] = false,
            }),
            _ => Error("unknown_method"),
        };
    }

    private JsonObject Post(JsonObject body, string? channel)
    {
        if ((ChannelError(channel) ?? FakeSlackResponses.CheckMessage(body)) is { } error)
        {
            return Error(error);
        }

        var ts = NextTs();
        _channels.Posted(channel!, ts, body, keepText: KeepCalls);
        return Ok(new() { ["channel"] = channel, ["ts"] = ts, ["message"] = FakeSlackResponses.Message(ts, body, FakeSlackApi.BotUserId, FakeSlackApi.BotId) });
    }

    private JsonObject Update(JsonObject body, string? channel)
    {
        var ts = FakeSlackResponses.Text(body, "ts");
        if ((ChannelError(channel) ?? (ts is null ? "message_not_found" : null) ?? FakeSlackResponses.CheckMessage(body)) is { } error)
        {
            return Error(error);
        }

        _channels.Updated(channel!, ts!, body, keepText: KeepCalls);
        return Ok(new() { ["channel"] = channel, ["ts"] = ts, ["text"] = FakeSlackResponses.Text(body, "text"), ["message"] = FakeSlackResponses.Message(ts!, body, FakeSlackApi.BotUserId, FakeSlackApi.BotId) });
    }

    private JsonObject ViewAnswer(JsonObject body)
    {
        if (body["view"] is not JsonObject || (FakeSlackResponses.Text(body, "trigger_id") ?? FakeSlackResponses.Text(body, "view_id")) is null)
        {
            return Error("invalid_arguments");
        }

        var id = FakeSlackResponses.Text(body, "view_id") ?? $"V{Interlocked.Increment(ref _sequence):D9}";
        return Ok(new() { ["view"] = FakeSlackResponses.View(body, id, Guid.NewGuid().ToString("N")) });
    }

    private JsonObject LookUp(string? email)
    {
        lock (_gate)
        {
            return email is not null && _users.TryGetValue(email, out var id)
                ? Ok(new() { ["user"] = new JsonObject { ["id"] = id, ["team_id"] = FakeSlackApi.TeamId, ["name"] = email.Split('@')[0], ["profile"] = new JsonObject { ["email"] = email } } })
                : Error("users_not_found");
        }
    }

    private string? ChannelError(string? channel)
    {
        lock (_gate)
        {
            return channel is null ? "channel_not_found" : _notIn.Contains(channel) ? "not_in_channel" : null;
        }
    }

    /// <summary>The next scripted failure of <paramref name="method"/>; call under <see cref="_gate"/>.</summary>
    private SlackFailure? NextFailure(string method) =>
        _scripted.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;

    private async Task<SlackApiCall> RecordAsync(string method, HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var raw = await reader.ReadToEndAsync(http.RequestAborted);
        var body = http.Request.HasFormContentType ? FromForm(raw) : ParseJson(raw);
        SlackApiCall call;
        // The call takes its scripted failure in the same step that records it, so the calls' order and the failures'
        // order agree however many requests arrive at once (tests tell failed calls from made ones by it).
        lock (_gate)
        {
            call = new SlackApiCall(method, body, raw, http.Request.Headers.Authorization.FirstOrDefault(), http.Request.Path) { Failure = NextFailure(method) };
            if (KeepCalls)
            {
                _calls.Add(call);
            }
        }

        Recorded?.Invoke(call);
        return call;
    }

    private static JsonObject FromForm(string raw)
    {
        var result = new JsonObject();
        foreach (var (key, value) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(raw))
        {
            var text = value.ToString();
            // Slack accepts JSON-valued form fields (blocks, view); keep them as JSON so tests read one shape.
            result[key] = text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : JsonValue.Create(text);
        }

        return result;
    }

    private static JsonObject ParseJson(string raw)
    {
        try
        {
            return JsonNode.Parse(raw) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IResult Fail(HttpContext http, SlackFailure failure)
    {
        if (failure.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return failure.Error is null
            ? Results.Text("upstream trouble", "text/plain", statusCode: failure.StatusCode)
            : Results.Text(Error(failure.Error).ToJsonString(), "application/json; charset=utf-8", statusCode: failure.StatusCode);
    }

    private string NextTs() => _channels.NextTs();

    private static JsonObject Ok(JsonObject fields)
    {
        var result = new JsonObject { ["ok"] = true };
        foreach (var (key, value) in fields.ToArray())
        {
            fields.Remove(key);
            result[key] = value;
        }

        return result;
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json; charset=utf-8");
}
