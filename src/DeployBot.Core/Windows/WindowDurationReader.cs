using System.Globalization;

namespace DeployBot.Core.Windows;

/// <summary>Reads a window's length when written as one: "2h", "90 minutes", "1h30m", "1.5 hours", "an hour".</summary>
internal static class WindowDurationReader
{
    public const int MaxMinutes = 7 * 24 * 60;

    /// <returns>False when several lengths are written, or one that is zero or longer than a week.</returns>
    public static bool TryTake(WindowScan scan, out int? minutes)
    {
        minutes = null;
        var matches = scan.Take(WindowPatterns.Duration());
        if (matches.Count == 0)
        {
            return true;
        }

        var match = matches[0];
        var hours = match.Groups["h"].Success ? double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var extra = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var total = match.Groups["half"].Success ? 30 : match.Groups["an"].Success ? 60 : (int)Math.Round(hours * 60) + extra;
        minutes = total;
        return matches.Count == 1 && total is > 0 and <= MaxMinutes;
    }
}
