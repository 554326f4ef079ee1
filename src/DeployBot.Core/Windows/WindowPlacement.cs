namespace DeployBot.Core.Windows;

/// <summary>
/// Places the parts of a window in time. Instants only when a zone (or "now") fixes them; a weekday or no day at all
/// means the next such window that has not ended yet, which may be one already running.
/// </summary>
internal static class WindowPlacement
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(WindowDurationReader.MaxMinutes);

    public static WindowReading Place(string text, WindowParts parts, DateTimeOffset now)
    {
        if (parts.IsNow)
        {
            return PlaceNow(text, parts, now);
        }

        return parts is { Zone: { } zone, Clock: { } clock }
            ? PlaceClock(text, parts, clock, zone, now)
            : Floating(text, parts);
    }

    /// <summary>Without a zone, or without a clock time, the length may be known; the instants are not.</summary>
    private static WindowReading Floating(string text, WindowParts parts)
    {
        var minutes = parts.Clock is { End: not null } clock ? WindowGrammar.WallLength(parts.Days, clock) : parts.Duration;
        return minutes is null or (> 0 and <= WindowDurationReader.MaxMinutes)
            ? new WindowReading(text, minutes, null, null, false) { Zone = parts.Zone?.Describe(null) }
            : WindowReader.Unreadable(text);
    }

    private static WindowReading PlaceClock(string text, WindowParts parts, WindowClock clock, WindowZone zone, DateTimeOffset now)
    {
        (DateTimeOffset Start, DateTimeOffset? End)? chosen = null;
        foreach (var date in Candidates(parts.Days, zone.DateOf(now)))
        {
            // A start or end in the hour the clocks skip is named as such, not "can't read" (a past week's is passed over).
            if (Skipped(parts, clock, zone, date) is { } skipped)
            {
                if (!parts.Days.IsFixed && zone.At(date, clock.Start) <= now)
                {
                    continue;
                }

                return WindowReader.Unreadable(text) with { Problem = skipped };
            }

            chosen = Instants(parts, clock, zone, date);
            if (chosen is not { } placed)
            {
                return WindowReader.Unreadable(text);
            }

            if (parts.Days.IsFixed || (placed.End ?? placed.Start) > now)
            {
                break;
            }
        }

        if (chosen is not { } window)
        {
            return WindowReader.Unreadable(text);
        }

        var (start, end) = window;
        var minutes = end is { } until ? (int)Math.Round((until - start).TotalMinutes) : parts.Duration;
        return new WindowReading(text, minutes, start, end, false)
        {
            UtcText = WindowUtcText.Format(start, end),
            Zone = zone.Describe(start),
            IsPast = (end ?? start) <= now,
            ClockChange = end is { } finish ? zone.ClockChange(start, finish) : null,
        };
    }

    private static string? Skipped(WindowParts parts, WindowClock clock, WindowZone zone, DateOnly date)
    {
        if (zone.Skipped(date, clock.Start) is { } start)
        {
            return start;
        }

        return clock is { End: { } end, EndWeekday: null } ? zone.Skipped(EndDate(parts, clock, date), end) : null;
    }

    /// <summary>The date a window with an end clock time ends on: its end date or weekday, else the next day when it crosses midnight.</summary>
    private static DateOnly EndDate(WindowParts parts, WindowClock clock, DateOnly date)
    {
        var days = clock.EndWeekday is { } endWeekday ? ((int)endWeekday - (int)date.DayOfWeek + 7) % 7 : clock.End <= clock.Start ? 1 : 0;
        return parts.Days.EndDate ?? date.AddDays(days);
    }

    /// <summary>The days the window may start on, earliest first; none when the day words disagree with the date.</summary>
    private static IEnumerable<DateOnly> Candidates(WindowDays days, DateOnly today)
    {
        if (days.Date is { } date)
        {
            return [date];
        }

        if (days.Relative is { } relative)
        {
            var day = today.AddDays(relative);
            return days.Weekday is { } weekday && day.DayOfWeek != weekday ? [] : [day];
        }

        if (days.Weekday is { } named)
        {
            var next = today.AddDays(((int)named - (int)today.DayOfWeek + 7) % 7);
            return [next.AddDays(-7), next, next.AddDays(7)];
        }

        return [today.AddDays(-1), today, today.AddDays(1)];
    }

    private static (DateTimeOffset Start, DateTimeOffset? End)? Instants(WindowParts parts, WindowClock clock, WindowZone zone, DateOnly date)
    {
        var start = zone.At(date, clock.Start);
        DateTimeOffset? end = null;
        if (clock.End is { } endClock)
        {
            end = zone.At(EndDate(parts, clock, date), endClock);
        }
        else if (parts.Duration is { } duration)
        {
            end = start.AddMinutes(duration);
        }

        return end is { } until && (until <= start || until - start > Longest) ? null : (start, end);
    }

    /// <summary>"now", "now until 03:00 UTC" (the next 03:00 UTC), "asap for 2h".</summary>
    private static WindowReading PlaceNow(string text, WindowParts parts, DateTimeOffset now)
    {
        var end = parts.Duration is { } duration ? now.AddMinutes(duration)
            : parts is { Until: { } until, Zone: { } zone } ? NextAt(zone, parts.Days, until, now)
            : (DateTimeOffset?)null;
        if (end is { } over && (over <= now || over - now > Longest))
        {
            return WindowReader.Unreadable(text);
        }

        var minutes = end is { } stop ? (int)Math.Ceiling((stop - now).TotalMinutes) : (int?)null;
        return new WindowReading(text, minutes, now, end, true)
        {
            UtcText = WindowUtcText.Format(now, end),
            Zone = parts.Zone?.Describe(now),
        };
    }

    private static DateTimeOffset NextAt(WindowZone zone, WindowDays days, int minutes, DateTimeOffset now)
    {
        var today = zone.DateOf(now);
        var date = days.Date ?? today.AddDays(days.Relative ?? 0);
        var at = zone.At(date, minutes);
        return at <= now && !days.IsFixed ? zone.At(date.AddDays(1), minutes) : at;
    }
}
