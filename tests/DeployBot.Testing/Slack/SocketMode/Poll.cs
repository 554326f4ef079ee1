namespace DeployBot.Testing.Slack.SocketMode;

/// <summary>Bounded polling for background work to show up.</summary>
internal static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan? timeout, string what)
        where T : class
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.#}s: {what}.");
            }

            await Task.Delay(25);
        }
    }
}
