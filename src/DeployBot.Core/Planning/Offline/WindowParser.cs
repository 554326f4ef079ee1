using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Planning.Offline;

/// <summary>
/// Reads the length of a maintenance window when it is written in a common way: a time range ("Sat 02:00-04:00 UTC",
/// "22:00–01:00", "9pm to 11pm") or a duration ("2h", "90 minutes", "1h30m"). Anything else has no known length.
/// </summary>
internal static partial class WindowParser
{
    private const int MinutesPerDay = 24 * 60;

    public static int? Minutes(string window)
    {
        var range = TimeRange().Matches(window).FirstOrDefault(IsClockRange);
        if (range is not null)
        {
            var start = Clock(range, "h1", "m1", "p1");
            var end = Clock(range, "h2", "m2", "p2");
            if (start is { } from && end is { } to)
            {
                var minutes = ((to - from) % MinutesPerDay + MinutesPerDay) % MinutesPerDay;
                return minutes == 0 ? null : minutes;
            }
        }

        return Duration(window);
    }

    // "06-01" in a date is not a time range: one side must be written as a clock time (02:00) or with am/pm.
    private static bool IsClockRange(Match match) =>
        match.Groups["m1"].Success || match.Groups["m2"].Success || match.Groups["p1"].Success || match.Groups["p2"].Success;

    private static int? Clock(Match match, string hour, string minute, string half)
    {
        var h = int.Parse(match.Groups[hour].Value, CultureInfo.InvariantCulture);
        var m = match.Groups[minute].Success ? int.Parse(match.Groups[minute].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups[half].Value.ToLowerInvariant();
        if (suffix.Length > 0)
        {
            if (h is < 1 or > 12)
            {
                return null;
            }

            h = (h % 12) + (suffix == "pm" ? 12 : 0);
        }

        return h is > 24 || m > 59 ? null : (h % 24 * 60) + m;
    }

    private static int? Duration(string window)
    {
        var match = DurationText().Match(window);
        if (!match.Success)
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var total = (int)Math.Round(hours * 60) + minutes;
        return total is > 0 and <= MinutesPerDay * 7 ? total : null;
    }

    [GeneratedRegex("""
        (?<![\d:.])(?<h1>\d{1,2})(?::(?<m1>\d{2}))?\s*(?<p1>am|pm)?\s*(?:-|–|—|to|until|till)\s*(?<h2>\d{1,2})(?::(?<m2>\d{2}))?\s*(?<p2>am|pm)?(?![\d:])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeRange();

    [GeneratedRegex("""
        (?<![\w.])(?:(?<h>\d{1,3}(?:\.\d+)?)\s*(?:hours|hour|hrs|hr|h)(?![a-z])(?:\s*(?<m>\d{1,4})\s*(?:minutes|minute|mins|min|m)(?![a-z]))?
        | (?<m>\d{1,4})\s*(?:minutes|minute|mins|min|m)(?![a-z]))
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DurationText();
}
