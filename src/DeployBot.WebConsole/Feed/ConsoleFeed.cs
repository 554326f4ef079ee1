namespace DeployBot.WebConsole.Feed;

/// <summary>
/// The console's channels and threads, kept in memory for this process (a local tool, not an archive). Every change
/// gets a new sequence number so the page can ask for "everything since N" after a reconnect.
/// </summary>
internal sealed class ConsoleFeed(TimeProvider time)
{
    /// <summary>The name DeployBot's own messages carry.</summary>
    public const string BotName = "DeployBot";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FeedMessage> _byId = new(StringComparer.Ordinal);
    private readonly Queue<string> _creationOrder = new();
    private TaskCompletionSource _changed = NewSignal();
    private long _seq;

    public FeedMessage Add(NewFeedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            var seq = ++_seq;
            var added = new FeedMessage(
                Guid.CreateVersion7(time.GetUtcNow()).ToString("N"), seq, seq, message.Channel, message.ThreadId, message.Kind,
                message.Author, message.Text, time.GetUtcNow(), message.Plan, 0, message.OnlyVisibleToYou, message.Rollback);
            _byId[added.Id] = added;
            _creationOrder.Enqueue(added.Id);
            BumpReplyCount(message.ThreadId);
            TrimOldest();
            Signal();
            return added;
        }
    }

    /// <summary>Changes a message in place; returns null when it is unknown (an earlier process, or trimmed).</summary>
    public FeedMessage? Update(string id, Func<FeedMessage, FeedMessage> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out var current))
            {
                return null;
            }

            var updated = change(current) with { Id = current.Id, Position = current.Position, Seq = ++_seq };
            _byId[id] = updated;
            Signal();
            return updated;
        }
    }

    public FeedMessage? Find(string id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Every message changed after <paramref name="afterSeq"/>, in page order.</summary>
    public FeedChanges ChangesSince(long afterSeq)
    {
        lock (_gate)
        {
            var changed = _byId.Values.Where(m => m.Seq > afterSeq).OrderBy(m => m.Position).ToArray();
            return new FeedChanges(changed, _seq, _changed.Task);
        }
    }

    private void BumpReplyCount(string? threadId)
    {
        if (threadId is not null && _byId.TryGetValue(threadId, out var root))
        {
            _byId[threadId] = root with { ReplyCount = root.ReplyCount + 1, Seq = _seq };
        }
    }

    private void TrimOldest()
    {
        while (_creationOrder.Count > ConsoleConstants.MaxMessages)
        {
            _byId.Remove(_creationOrder.Dequeue());
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
