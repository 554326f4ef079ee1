using System.Diagnostics;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>Bounded polling for background work: never waits longer than the timeout it is given.</summary>
internal static class Poll
{
    /// <summary>Polls <paramref name="condition"/> until true or <paramref name="timeout"/>; false when time ran out.</summary>
    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, cancellationToken);

    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(100, cancellationToken);
        }

        return true;
    }
}
