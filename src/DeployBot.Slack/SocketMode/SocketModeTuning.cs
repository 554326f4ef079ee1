namespace DeployBot.Slack.SocketMode;

/// <summary>The timings of the Socket Mode client; fixed in production, shortened by tests.</summary>
internal sealed record SocketModeTuning
{
    /// <summary>Connecting and Slack's <c>hello</c> must both happen within this.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a closing connection may keep running envelopes to acknowledge them (Slack allows 3 s per envelope).</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>First reconnect delay after a failure; doubles per failure up to <see cref="MaxBackoff"/>, with jitter.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>WebSocket pings: a connection whose pong does not come back within the timeout counts as dropped.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
