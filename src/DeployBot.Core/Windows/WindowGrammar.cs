namespace DeployBot.Core.Windows;

/// <summary>
/// Splits WINDOW text into its parts: day, clock times, length, zone and "now". Words it does not know are left alone
/// ("Sat 22:00-23:00 UTC after the freeze"), but parts that are impossible or say two different things make the whole
/// text unreadable: a deployment window is never guessed.
/// </summary>
internal static class WindowGrammar
{
    /// <returns>The parts, or null when the text is unreadable.</returns>
    public static WindowParts? Parse(string text, DateTimeOffset now) =>
        RecentWindowParts.GetOrRead(text, DateOnly.FromDateTime(now.UtcDateTime), Read);

    /// <summary>The parts of <paramref name="text"/>; <paramref name="today"/> (UTC) picks the year of a date written without one.</summary>
    private static WindowParts? Read(string text, DateOnly today)
    {
        var scan = new WindowScan(text);
        if (!WindowDayReader.TryTakeDates(scan, today, out var dates)
            || !WindowClockReader.TryTakeRanges(scan, out var ranges)
            || !WindowZoneReader.TryTake(scan, out var zone)
            || !WindowClockReader.TryTakeTimes(scan, out var times)
            || !WindowDurationReader.TryTake(scan, out var duration))
        {
            return null;
        }

        var isNow = scan.Take(WindowPatterns.Now()).Count > 0;
        if (!WindowDayReader.TryTakeDays(scan, dates, out var days) || ranges.Count + times.Count > 1)
        {
            return null;
        }

        return isNow
            ? NowParts(days, ranges, times, duration, zone)
            : ClockParts(days, ranges.FirstOrDefault() ?? (times.Count == 1 ? new WindowClock(times[0]) : null), duration, zone);
    }

    /// <summary>"now", "now until 03:00 UTC", "asap for 2h": an end time or a length, not both, and no range.</summary>
    private static WindowParts? NowParts(WindowDays days, List<WindowClock> ranges, List<int> times, int? duration, WindowZone? zone)
    {
        if (ranges.Count > 0 || (times.Count > 0 && duration is not null) || days.Weekday is not null || days.EndDate is not null)
        {
            return null;
        }

        return new WindowParts(days, null, duration, zone, IsNow: true, Until: times.Count == 1 ? times[0] : null);
    }

    private static WindowParts? ClockParts(WindowDays days, WindowClock? clock, int? duration, WindowZone? zone)
    {
        // Two dates are a start and an end date, so they need a range; a range and a length must agree.
        if ((days.EndDate is not null && clock?.End is null)
            || (clock is { End: { } end } && duration is { } length && WallLength(days, clock) != length))
        {
            return null;
        }

        return new WindowParts(days, clock, duration, zone, IsNow: false);
    }

    /// <summary>The length on the wall clock when the day of the start is not needed to know it; null when it is.</summary>
    public static int? WallLength(WindowDays days, WindowClock clock)
    {
        if (clock.End is not { } end)
        {
            return null;
        }

        var startWeekday = days.Weekday ?? days.Date?.DayOfWeek;
        int? dayCount = days is { Date: { } from, EndDate: { } to } ? to.DayNumber - from.DayNumber
            : clock.EndWeekday is { } endWeekday ? (startWeekday is { } first ? ((int)endWeekday - (int)first + 7) % 7 : null)
            : end <= clock.Start ? 1 : 0;
        return dayCount is { } count ? count * 24 * 60 + end - clock.Start : null;
    }
}
