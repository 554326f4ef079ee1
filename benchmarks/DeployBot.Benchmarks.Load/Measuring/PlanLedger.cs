using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DeployBot.Testing.Slack;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// Watches the fake Slack as calls arrive and keeps, per request tag, when its plan first showed in a channel, which
/// plan ids showed it, and in which messages. A plan message is a <c>chat.update</c> of the drafting placeholder or a
/// top-level <c>chat.postMessage</c> carrying the plan's Acknowledge button (whose value is the plan id).
/// </summary>
internal sealed partial class PlanLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Posting> _byTag = new(StringComparer.Ordinal);
    private int _sequence;

    public PlanLedger(FakeSlackApi slack) => slack.CallRecorded += Observe;

    /// <summary>Plans (distinct plan ids over all tags) seen so far.</summary>
    public int PlanCount
    {
        get
        {
            lock (_gate)
            {
                return _byTag.Values.Sum(p => p.PlanIds.Count);
            }
        }
    }

    /// <summary>When the plan for <paramref name="tag"/> first showed, in Stopwatch ticks; null if it never did.</summary>
    public long? FirstSeen(string tag)
    {
        lock (_gate)
        {
            return _byTag.TryGetValue(tag, out var posting) ? posting.FirstSeen : null;
        }
    }

    /// <summary>How many plans, and how many distinct messages, show request <paramref name="tag"/>.</summary>
    public (int Plans, int Messages) Count(string tag)
    {
        lock (_gate)
        {
            return _byTag.TryGetValue(tag, out var posting) ? (posting.PlanIds.Count, posting.Messages.Count) : (0, 0);
        }
    }

    public IReadOnlyCollection<string> Tags
    {
        get
        {
            lock (_gate)
            {
                return _byTag.Keys.ToArray();
            }
        }
    }

    private void Observe(SlackApiCall call)
    {
        var topLevel = call.Method == "chat.update" || (call.Method == "chat.postMessage" && call["thread_ts"] is null);
        if (!topLevel || PlanIdOf(call) is not { } planId || RequestTag().Match(call.RawBody) is not { Success: true } tag)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            var key = call.Method == "chat.update" ? $"{call["channel"]}/{call["ts"]}" : $"{call["channel"]}/post#{++_sequence}";
            if (!_byTag.TryGetValue(tag.Value, out var posting))
            {
                _byTag[tag.Value] = posting = new Posting(now);
            }

            posting.PlanIds.Add(planId);
            posting.Messages.Add(key);
        }
    }

    private static string? PlanIdOf(SlackApiCall call) =>
        call.Blocks.OfType<JsonObject>()
            .Where(block => block["type"]?.GetValue<string>() == "actions")
            .SelectMany(block => block["elements"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(element => element["action_id"]?.GetValue<string>() == "acknowledge")
            .Select(element => element["value"]?.GetValue<string>())
            .FirstOrDefault(value => value is not null);

    [GeneratedRegex(@"req-\d{6}")]
    private static partial Regex RequestTag();

    private sealed class Posting(long firstSeen)
    {
        public long FirstSeen { get; } = firstSeen;

        public HashSet<string> PlanIds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Messages { get; } = new(StringComparer.Ordinal);
    }
}
