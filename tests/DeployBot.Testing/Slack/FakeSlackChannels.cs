using System.Globalization;
using System.Text.Json.Nodes;

namespace DeployBot.Testing.Slack;

/// <summary>
/// The fake's channels: the top-level messages posted in each (text and message metadata, updated by
/// <c>chat.update</c>), served by <c>conversations.history</c> newest first with Slack's <c>oldest</c>, <c>limit</c>,
/// <c>cursor</c> and <c>include_all_metadata</c>, and message timestamps taken from the clock like Slack's.
/// </summary>
internal sealed class FakeSlackChannels
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Stored>> _channels = new(StringComparer.Ordinal);

    // Where each message is in its channel's list: a load run posts 100,000 plans in one channel, and finding the one a
    // chat.update names by a linear search made the fake, not the bot, the limit of the benchmark's drain.
    private readonly Dictionary<(string Channel, string Ts), int> _places = [];
    private long _lastMicros;

    /// <summary>A new message ts: Unix seconds and microseconds now, always after the previous one.</summary>
    public string NextTs()
    {
        lock (_gate)
        {
            _lastMicros = Math.Max(_lastMicros + 1, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
            return string.Create(CultureInfo.InvariantCulture, $"{_lastMicros / 1_000_000}.{_lastMicros % 1_000_000:D6}");
        }
    }

    /// <summary>Records a top-level message; a load run (<paramref name="keepText"/> false) keeps only its ts and metadata.</summary>
    public void Posted(string channel, string ts, JsonObject body, bool keepText)
    {
        if (FakeSlackResponses.Text(body, "thread_ts") is not null)
        {
            return;
        }

        lock (_gate)
        {
            if (!_channels.TryGetValue(channel, out var messages))
            {
                _channels[channel] = messages = [];
            }

            _places[(channel, ts)] = messages.Count;
            messages.Add(new Stored(ts, keepText ? FakeSlackResponses.Text(body, "text") : null, Metadata(body["metadata"])));
        }
    }

    /// <summary>Replaces a message's text; a load run (<paramref name="keepText"/> false) keeps none.</summary>
    public void Updated(string channel, string ts, JsonObject body, bool keepText)
    {
        if (!keepText)
        {
            return;
        }

        lock (_gate)
        {
            if (_places.TryGetValue((channel, ts), out var index))
            {
                var messages = _channels[channel];
                messages[index] = messages[index] with { Text = FakeSlackResponses.Text(body, "text") };
            }
        }
    }

    public JsonObject History(string channel, JsonObject body)
    {
        var oldest = decimal.TryParse(FakeSlackResponses.Text(body, "oldest"), NumberStyles.Number, CultureInfo.InvariantCulture, out var o) ? o : 0m;
        var limit = int.TryParse(FakeSlackResponses.Text(body, "limit"), out var l) ? Math.Clamp(l, 1, 999) : 100;
        var skip = int.TryParse(FakeSlackResponses.Text(body, "cursor"), out var c) ? c : 0;
        var withMetadata = FakeSlackResponses.Text(body, "include_all_metadata") is "true" or "1";
        Stored[] newestFirst;
        lock (_gate)
        {
            newestFirst = (_channels.GetValueOrDefault(channel) ?? [])
                .Where(message => decimal.Parse(message.Ts, CultureInfo.InvariantCulture) > oldest)
                .Reverse()
                .ToArray();
        }

        var page = new JsonArray();
        foreach (var message in newestFirst.Skip(skip).Take(limit))
        {
            var item = new JsonObject { ["type"] = "message", ["user"] = FakeSlackApi.BotUserId, ["bot_id"] = FakeSlackApi.BotId, ["text"] = message.Text, ["ts"] = message.Ts };
            if (withMetadata && message.Metadata is not null)
            {
                item["metadata"] = message.Metadata.DeepClone();
            }

            page.Add(item);
        }

        var more = skip + limit < newestFirst.Length;
        return new JsonObject
        {
            ["ok"] = true,
            ["messages"] = page,
            ["has_more"] = more,
            ["pin_count"] = 0,
            ["response_metadata"] = new JsonObject { ["next_cursor"] = more ? (skip + limit).ToString(CultureInfo.InvariantCulture) : string.Empty },
        };
    }

    /// <summary>Slack takes <c>metadata</c> as an object in a JSON body or as a JSON string in a form.</summary>
    private static JsonObject? Metadata(JsonNode? node) => node switch
    {
        JsonObject metadata => (JsonObject)metadata.DeepClone(),
        JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith('{') => JsonNode.Parse(text) as JsonObject,
        _ => null,
    };

    private sealed record Stored(string Ts, string? Text, JsonObject? Metadata);
}
