using DeployBot.Slack.Handlers;

namespace DeployBot.Slack.SocketMode;

/// <summary>
/// The answers to envelopes this process handled lately, by delivery key: a re-sent envelope (its acknowledgement was
/// lost with a connection, or came too late) gets the same answer, waiting for it if the first is still running,
/// instead of being handled twice. Entries are forgotten after <see cref="KeepFor"/>, and the oldest go first past
/// <see cref="Capacity"/>.
/// </summary>
internal sealed class RecentEnvelopes(TimeProvider time)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(15);

    public const int Capacity = 2000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (Lazy<Task<SlackAck>> Answer, DateTimeOffset Started)> _entries = new(StringComparer.Ordinal);

    /// <summary>The answer already known for <paramref name="key"/> (<c>First</c> false), or the one <paramref name="start"/> begins.</summary>
    public (Task<SlackAck> Answer, bool First) GetOrStart(string key, Func<Task<SlackAck>> start)
    {
        Lazy<Task<SlackAck>> answer;
        var first = false;
        lock (_gate)
        {
            Prune();
            if (_entries.TryGetValue(key, out var known))
            {
                answer = known.Answer;
            }
            else
            {
                answer = new Lazy<Task<SlackAck>>(start, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries[key] = (answer, time.GetUtcNow());
                first = true;
            }
        }

        return (answer.Value, first);
    }

    private void Prune()
    {
        static bool Done((Lazy<Task<SlackAck>> Answer, DateTimeOffset Started) entry) => entry.Answer.IsValueCreated && entry.Answer.Value.IsCompleted;

        var cutoff = time.GetUtcNow() - KeepFor;
        var expired = _entries.Where(entry => entry.Value.Started < cutoff && Done(entry.Value)).Select(entry => entry.Key).ToList();
        if (_entries.Count - expired.Count >= Capacity)
        {
            expired.AddRange(_entries.Where(entry => Done(entry.Value)).OrderBy(entry => entry.Value.Started)
                .Take(_entries.Count - expired.Count - Capacity + 1).Select(entry => entry.Key));
        }

        foreach (var key in expired)
        {
            _entries.Remove(key);
        }
    }
}
