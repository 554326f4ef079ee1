namespace DeployBot.Core.Jobs;

/// <summary>
/// The claims this process's lanes have started but whose jobs have not yet taken their place in a channel's
/// <see cref="ChannelPostingOrder"/>. Two lanes can claim r002 and r003 in one commit and resume in either order; a plan
/// about to wait for its turn first lets every claim that was already in flight settle, so an earlier plan claimed at
/// the same moment has joined the order before the later one looks at who is ahead of it.
/// </summary>
internal sealed class ClaimsInFlight
{
    /// <summary>The longest a plan waits for claims in flight to settle (they take one store round trip).</summary>
    public static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(2);

    private static readonly AsyncLocal<Claim?> Mine = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Claim> _open = [];

    /// <summary>Starts a claim on this lane; settle it once its job has joined the order (or there was no job).</summary>
    public Claim Begin()
    {
        var claim = new Claim(this);
        lock (_gate)
        {
            _open.Add(claim);
        }

        Mine.Value = claim;
        return claim;
    }

    /// <summary>Every other claim in flight now, settled or <see cref="SettleLimit"/> passed.</summary>
    public async Task SettleOthersAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        Task[] others;
        lock (_gate)
        {
            others = _open.Where(claim => claim != Mine.Value).Select(claim => claim.Settled).ToArray();
        }

        if (others.Length > 0)
        {
            try
            {
                await Task.WhenAll(others).WaitAsync(SettleLimit, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // A claim stuck in the store: order is best effort past this point, as with ChannelPostingOrder.WaitLimit.
            }
        }
    }

    private void Remove(Claim claim)
    {
        lock (_gate)
        {
            _open.Remove(claim);
        }
    }

    /// <summary>One lane's claim; disposing settles it (idempotent).</summary>
    internal sealed class Claim(ClaimsInFlight owner) : IDisposable
    {
        private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Task Settled => _settled.Task;

        public void Dispose()
        {
            owner.Remove(this);
            _settled.TrySetResult();
        }
    }
}
