namespace DeployBot.Slack.SocketMode;

/// <summary>
/// Exponential backoff with jitter for reconnecting: after failure <c>n</c> (0-based) wait between half and all of
/// <c>initial × 2ⁿ</c>, capped, so many replicas that lost Slack at once do not come back in step.
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, SocketModeTuning tuning, Random random)
    {
        var exponent = Math.Min(Math.Max(failures, 0), 16);
        var ceiling = Math.Min(tuning.InitialBackoff.TotalMilliseconds * Math.Pow(2, exponent), tuning.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }
}
