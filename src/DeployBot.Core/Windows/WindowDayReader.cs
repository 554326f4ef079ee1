using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Windows;

/// <summary>Reads the day of a window: "2026-12-05", "Dec 5", "5 December 2026", "today", "tonight", "tomorrow", "Sat".</summary>
internal static class WindowDayReader
{
    private const int HalfYear = 183;
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <returns>False when a date is impossible ("2026-13-45", "Feb 30").</returns>
    public static bool TryTakeDates(WindowScan scan, DateOnly today, out List<DateOnly> dates)
    {
        dates = [];
        var matches = scan.Take(WindowPatterns.IsoDate())
            .Concat(scan.Take(WindowPatterns.MonthDayDate()))
            .Concat(scan.Take(WindowPatterns.DayMonthDate()));
        foreach (var match in matches)
        {
            if (Date(match, today) is not { } date)
            {
                return false;
            }

            dates.Add(date);
        }

        return true;
    }

    /// <summary>Combines the dates already read with relative days and weekdays; false when they disagree.</summary>
    public static bool TryTakeDays(WindowScan scan, IReadOnlyList<DateOnly> dates, out WindowDays days)
    {
        days = WindowDays.None;
        var relative = scan.Take(WindowPatterns.RelativeDay()).Select(m => m.Value.StartsWith("tom", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("tm", StringComparison.OrdinalIgnoreCase) ? 1 : 0).Distinct().ToArray();
        var weekdays = scan.Take(WindowPatterns.Weekday()).Select(m => Weekday(m.Value)).Distinct().ToArray();
        var distinct = dates.Distinct().Order().ToArray();
        if (relative.Length > 1 || weekdays.Length > 1 || distinct.Length > 2 || (relative.Length == 1 && distinct.Length > 0))
        {
            return false;
        }

        var date = distinct.Length > 0 ? distinct[0] : (DateOnly?)null;
        var endDate = distinct.Length == 2 ? distinct[1] : (DateOnly?)null;
        var weekday = weekdays.Length == 1 ? weekdays[0] : (DayOfWeek?)null;
        if (date is { } first && weekday is { } named && first.DayOfWeek != named)
        {
            return false;
        }

        days = new WindowDays(date, endDate, relative.Length == 1 ? relative[0] : null, weekday);
        return true;
    }

    public static DayOfWeek Weekday(string text) =>
        (DayOfWeek)Array.IndexOf(Weekdays, text[..3].ToLowerInvariant());

    private static DateOnly? Date(Match match, DateOnly today)
    {
        var day = Number(match, "d");
        var month = match.Groups["mon"].Success ? Array.IndexOf(Months, match.Groups["mon"].Value[..3].ToLowerInvariant()) + 1 : Number(match, "mo");
        if (match.Groups["y"].Success)
        {
            return Valid(Number(match, "y"), month, day);
        }

        // "Dec 5" without a year: the one nearest to today, so "Jan 3" written in late December is next year's.
        var date = Valid(today.Year, month, day) ?? Valid(today.Year + 1, month, day);
        return date is not { } found ? null
            : found.DayNumber < today.DayNumber - HalfYear ? Valid(found.Year + 1, month, day)
            : found.DayNumber > today.DayNumber + HalfYear ? Valid(found.Year - 1, month, day)
            : found;
    }

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
