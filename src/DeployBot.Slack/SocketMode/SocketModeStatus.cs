using DeployBot.Core.Health;

namespace DeployBot.Slack.SocketMode;

/// <summary>Where the Socket Mode link stands, for <c>/readyz</c> and the logs. Off when Slack runs over HTTP or not at all.</summary>
internal sealed class SocketModeStatus(TimeProvider time)
{
    private readonly Lock _gate = new();
    private (SocketState State, string? Reason, DateTimeOffset Since) _current = (SocketState.Off, null, time.GetUtcNow());

    public SocketState State
    {
        get
        {
            lock (_gate)
            {
                return _current.State;
            }
        }
    }

    public void Set(SocketState state, string? reason = null)
    {
        lock (_gate)
        {
            _current = (state, reason, _current.State == state ? _current.Since : time.GetUtcNow());
        }
    }

    /// <summary>Null when Slack events can arrive (or Socket Mode is not used); otherwise what is wrong and since when.</summary>
    public string? Problem()
    {
        lock (_gate)
        {
            var since = _current.Since.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            return _current.State switch
            {
                SocketState.Connecting => "Slack Socket Mode is connecting (no hello from Slack yet)",
                SocketState.Down => $"Slack Socket Mode socket is down since {since}: {_current.Reason}",
                _ => null,
            };
        }
    }
}

internal enum SocketState
{
    Off,
    Connecting,
    Connected,
    Down,
}

/// <summary>Reports the Slack socket on <c>/readyz</c> when Socket Mode is on.</summary>
internal sealed class SocketModeReadinessCheck(SocketModeStatus status) : IReadinessCheck
{
    public Task<string?> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(status.Problem());
}
