namespace DeployBot.Core.Jobs;

/// <summary>
/// Keeps the plans of one release channel in the order they were requested. Where a plan appears in the channel is
/// decided by its "Drafting…" placeholder (the finished plan replaces it in place), so a new plan posts its placeholder
/// only after every plan queued before it for the same channel, and running on this replica, has posted its own. A
/// placeholder held up by a 429 therefore holds up the later ones instead of being overtaken by them.
/// </summary>
/// <remarks>
/// The wait is bounded by <see cref="WaitLimit"/>: if an earlier post is still failing by then (Slack down for longer
/// than its retry budget, say), the later plan goes ahead, because a late plan is better than none. Order is kept among
/// the jobs this replica runs; plans written by different replicas at the same moment may interleave.
/// </remarks>
internal sealed class ChannelPostingOrder(TimeProvider time, ClaimsInFlight claims)
{
    /// <summary>The longest a plan waits for earlier plans of its channel to post their placeholders.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time = time;
    private readonly ClaimsInFlight _claims = claims;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Platform, string Channel), SortedDictionary<long, Turn>> _queues = [];

    /// <summary>
    /// Takes the place of the job with queue position <paramref name="sequence"/> in its channel. Dispose the turn once
    /// its placeholder is posted, or when the attempt ends without posting, so later plans stop waiting for it.
    /// </summary>
    public Turn Join(string platform, string channel, long sequence)
    {
        var key = (platform, channel);
        lock (_gate)
        {
            if (!_queues.TryGetValue(key, out var queue))
            {
                _queues[key] = queue = [];
            }

            var turn = new Turn(this, key, sequence);
            queue[sequence] = turn;
            return turn;
        }
    }

    private Task[] Earlier(Turn turn)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(turn.Key, out var queue)
                ? queue.TakeWhile(entry => entry.Key < turn.Sequence).Select(entry => entry.Value.Done).ToArray()
                : [];
        }
    }

    private void Leave(Turn turn)
    {
        lock (_gate)
        {
            if (_queues.TryGetValue(turn.Key, out var queue) && queue.TryGetValue(turn.Sequence, out var current) && current == turn)
            {
                queue.Remove(turn.Sequence);
                if (queue.Count == 0)
                {
                    _queues.Remove(turn.Key);
                }
            }
        }
    }

    /// <summary>One job's place in its channel's order.</summary>
    internal sealed class Turn(ChannelPostingOrder owner, (string Platform, string Channel) key, long sequence) : IDisposable
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal (string Platform, string Channel) Key => key;

        internal long Sequence => sequence;

        internal Task Done => _done.Task;

        /// <summary>
        /// Waits until every earlier plan of the channel has posted its placeholder (or given up), for at most
        /// <see cref="WaitLimit"/>. True when the turn came; false when the limit passed first.
        /// </summary>
        public async Task<bool> WaitAsync(CancellationToken cancellationToken)
        {
            // An earlier plan claimed in the same moment may not have joined yet: let claims in flight settle first.
            await owner._claims.SettleOthersAsync(owner._time, cancellationToken);
            var earlier = owner.Earlier(this);
            if (earlier.Length == 0)
            {
                return true;
            }

            try
            {
                await Task.WhenAll(earlier).WaitAsync(WaitLimit, owner._time, cancellationToken);
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        /// <summary>This plan's placeholder is posted (or its attempt ended): later plans may go.</summary>
        public void Dispose()
        {
            owner.Leave(this);
            _done.TrySetResult();
        }
    }
}
