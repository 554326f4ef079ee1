namespace DeployBot.Core.Windows;

/// <summary>Clock times of a window in minutes after midnight: a start, and an end when a range was written.</summary>
/// <param name="Start">0 to 1439.</param>
/// <param name="End">0 to 1440 ("24:00"); at or before <paramref name="Start"/> means the next day.</param>
/// <param name="EndWeekday">The end's weekday when written ("Sat 23:30 - Sun 00:30").</param>
internal sealed record WindowClock(int Start, int? End = null, DayOfWeek? EndWeekday = null);

/// <summary>The day words of a window: a date (and an end date), a relative day (0 today/tonight, 1 tomorrow), a weekday.</summary>
internal sealed record WindowDays(DateOnly? Date, DateOnly? EndDate, int? Relative, DayOfWeek? Weekday)
{
    public static readonly WindowDays None = new(null, null, null, null);

    /// <summary>A date or relative day fixes the window; a weekday or nothing repeats and the next one is meant.</summary>
    public bool IsFixed => Date is not null || Relative is not null;
}

/// <summary>Everything read from a WINDOW text, before it is placed in time.</summary>
/// <param name="Until">With "now": the clock time it ends ("now until 03:00 UTC").</param>
internal sealed record WindowParts(
    WindowDays Days, WindowClock? Clock, int? Duration, WindowZone? Zone, bool IsNow, int? Until = null);
