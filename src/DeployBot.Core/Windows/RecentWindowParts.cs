using System.Collections.Concurrent;

namespace DeployBot.Core.Windows;

/// <summary>
/// The parts of WINDOW texts read recently, by text and UTC day. A burst of commands for one release train carries the
/// same WINDOW, and reading one (local words, days, clocks, zones: some twenty patterns) was a tenth of the CPU an
/// acknowledgement costs (issue 17's profile). The parts depend on nothing but the text and today's date (which year
/// "Dec 5" is), so the cached answer is exactly the one a fresh read gives; placing them in time still happens on every
/// read. Bounded: it forgets everything when full, so odd texts cannot grow it.
/// </summary>
internal static class RecentWindowParts
{
    /// <summary>How many texts are kept before the cache starts over.</summary>
    public const int Capacity = 512;

    private static readonly ConcurrentDictionary<(string Text, DateOnly Today), WindowParts?> Parts = new();

    public static WindowParts? GetOrRead(string text, DateOnly today, Func<string, DateOnly, WindowParts?> read)
    {
        var key = (text, today);
        if (Parts.TryGetValue(key, out var parts))
        {
            return parts;
        }

        parts = read(text, today);
        if (Parts.Count >= Capacity)
        {
            Parts.Clear();
        }

        Parts[key] = parts;
        return parts;
    }
}
