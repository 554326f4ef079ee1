using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.OnCall.Windows;

/// <summary>
/// Reads WINDOW text as instants when it says exactly when: an ISO interval ("2026-11-28T22:00Z/2026-11-29T01:00Z"),
/// or a clock range with a time zone and optionally a day ("2026-11-28 22:00-23:30 UTC", "Sat 22:00-23:00 UTC",
/// "tomorrow 9pm-11pm UTC+1"). A weekday or no day means the next such range that has not ended yet. Anything else,
/// including a range without a time zone, is null: never guessed, never an error.
/// </summary>
internal static partial class WindowRangeParser
{
    private static readonly string[] Weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static WindowRange? Parse(string? window, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(window) || window.Length > 200)
        {
            return null;
        }

        return Interval(window) ?? ClockRange(window, now);
    }

    private static WindowRange? Interval(string window)
    {
        var match = IsoInterval().Match(window);
        if (!match.Success || !Instant(match.Groups["a"].Value, out var start) || !Instant(match.Groups["b"].Value, out var end))
        {
            return null;
        }

        return end > start ? new WindowRange(start, end) : null;
    }

    private static WindowRange? ClockRange(string window, DateTimeOffset now)
    {
        var ranges = TimeRange().Matches(window).Where(m => m.Groups["m1"].Success || m.Groups["m2"].Success || m.Groups["p1"].Success || m.Groups["p2"].Success).ToArray();
        if (ranges.Length != 1 || string.IsNullOrWhiteSpace(ranges[0].Groups["tz"].Value) || Offset(ranges[0].Groups["tz"].Value.Trim()) is not { } offset)
        {
            return null;
        }

        var range = ranges[0];
        if (Clock(range, "h1", "m1", "p1") is not { } from || Clock(range, "h2", "m2", "p2") is not { } to || from == to)
        {
            return null;
        }

        var length = to > from ? to - from : to + TimeSpan.FromDays(1) - from;
        var today = DateOnly.FromDateTime(now.ToOffset(offset).DateTime);
        var day = Day(window.Remove(range.Index, range.Length), today, out var fixedDay);
        if (day is null)
        {
            return null;
        }

        var first = At(day.Value, from, offset);
        if (fixedDay)
        {
            return new WindowRange(first, first + length);
        }

        // A weekday or no day at all: the earliest such range that has not ended yet (one may still be running).
        var step = WeekdayText().IsMatch(window) ? 7 : 1;
        var start = new[] { -step, 0, step }.Select(days => first.AddDays(days)).First(candidate => candidate + length > now);
        return new WindowRange(start, start + length);
    }

    private static DateTimeOffset At(DateOnly day, TimeSpan time, TimeSpan offset) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset) + time;

    /// <summary>The day the text names (date, today/tonight/tomorrow, weekday), today when none; null when it names several.</summary>
    private static DateOnly? Day(string rest, DateOnly today, out bool fixedDay)
    {
        fixedDay = true;
        var dates = DateText().Matches(rest);
        var relative = RelativeText().Matches(rest);
        var weekdays = WeekdayText().Matches(rest);
        if (dates.Count + relative.Count + weekdays.Count > 1)
        {
            return null;
        }

        if (dates.Count == 1)
        {
            return DateOnly.TryParseExact(dates[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }

        if (relative.Count == 1)
        {
            return relative[0].Value.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? today.AddDays(1) : today;
        }

        fixedDay = false;
        if (weekdays.Count == 1)
        {
            var wanted = Array.IndexOf(Weekdays, weekdays[0].Groups["d"].Value.ToLowerInvariant());
            return today.AddDays(((wanted - (int)today.DayOfWeek) + 7) % 7);
        }

        return today;
    }

    private static TimeSpan? Clock(Match match, string hour, string minute, string half)
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

        return h > 24 || m > 59 || (h == 24 && m > 0) ? null : new TimeSpan(h, m, 0);
    }

    private static TimeSpan? Offset(string zone)
    {
        var match = ZoneText().Match(zone.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        if (!match.Groups["sign"].Success)
        {
            return TimeSpan.Zero;
        }

        var hours = int.Parse(match.Groups["oh"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["om"].Success ? int.Parse(match.Groups["om"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = new TimeSpan(hours, minutes, 0);
        return hours > 14 || minutes > 59 ? null : match.Groups["sign"].Value == "-" ? -offset : offset;
    }

    private static bool Instant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);

    [GeneratedRegex(@"(?<a>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2}))\s*(?:/|--|–|—|\bto\b|\s-\s)\s*(?<b>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoInterval();

    [GeneratedRegex("""
        (?<![\d:.])(?<h1>\d{1,2})(?::(?<m1>\d{2}))?\s*(?<p1>am|pm)?\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b)\s*(?<h2>\d{1,2})(?::(?<m2>\d{2}))?\s*(?<p2>am|pm)?(?![\d:])\s*(?<tz>(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|Z\b|[+-]\d{2}:?\d{2})?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^(?:UTC|GMT|Z)?\s*(?:(?<sign>[+-])\s*(?<oh>\d{1,2}):?(?<om>\d{2})?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ZoneText();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateText();

    [GeneratedRegex(@"\b(?:today|tonight|tomorrow)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelativeText();

    [GeneratedRegex(@"\b(?<d>sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|urday|rs|rsday)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayText();
}
