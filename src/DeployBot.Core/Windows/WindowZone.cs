using System.Globalization;
using NodaTime;

namespace DeployBot.Core.Windows;

/// <summary>
/// A time zone as a window names it. Fixed ones (UTC, offsets, "CET") keep one offset all year; generic ones ("PT") and
/// IANA names follow daylight saving on the window's date.
/// </summary>
/// <param name="Name">As resolved: "UTC", "UTC+01:00", "CET", "PT", "Europe/Berlin".</param>
/// <param name="Zone">The rules used to place local times.</param>
/// <param name="Region">The IANA zone behind an abbreviation ("Europe/Berlin" for CET and CEST; "America/Los_Angeles" for PT).</param>
/// <param name="IsFixed">One offset all year.</param>
internal sealed record WindowZone(string Name, DateTimeZone Zone, string? Region, bool IsFixed)
{
    public DateTimeOffset At(DateOnly date, int minutes) =>
        Zone.AtLeniently(LocalDate.FromDateOnly(date).AtMidnight().PlusMinutes(minutes)).ToDateTimeOffset();

    /// <summary>
    /// Why the wall-clock time <paramref name="minutes"/> after midnight of <paramref name="date"/> does not exist in this
    /// zone (clocks go forward over it: "02:30 does not exist in Europe/Berlin on Sun 28 Mar 2027: clocks go forward from
    /// 02:00 to 03:00"), or null when it does.
    /// </summary>
    public string? Skipped(DateOnly date, int minutes)
    {
        var local = LocalDate.FromDateOnly(date).AtMidnight().PlusMinutes(minutes);
        if (Zone.MapLocal(local).Count != 0)
        {
            return null;
        }

        var (from, to) = WallClocksAt(Zone.GetZoneInterval(Zone.AtLeniently(local).ToInstant()).Start);
        return $"{Clock(local)} does not exist in {Name} on {Day(local.Date)}: clocks go forward from {Clock(from)} to {Clock(to)}";
    }

    /// <summary>
    /// The clock change inside [<paramref name="start"/>, <paramref name="end"/>) in a zone with daylight saving ("in
    /// Europe/Berlin clocks go back from 03:00 to 02:00 at Sun 01:00 UTC"), or null when the offset stays the same.
    /// </summary>
    public string? ClockChange(DateTimeOffset start, DateTimeOffset end)
    {
        if (IsFixed)
        {
            return null;
        }

        var interval = Zone.GetZoneInterval(Instant.FromDateTimeOffset(start));
        if (!interval.HasEnd || interval.End >= Instant.FromDateTimeOffset(end))
        {
            return null;
        }

        var (before, after) = WallClocksAt(interval.End);
        var direction = after > before ? "forward" : "back";
        return $"in {Name} clocks go {direction} from {Clock(before)} to {Clock(after)} at {WindowUtcText.Moment(interval.End.ToDateTimeOffset())}";
    }

    /// <summary>What the wall clocks show at a <paramref name="transition"/>: the time they leave ("02:00") and the one they jump to ("03:00").</summary>
    private (LocalDateTime Before, LocalDateTime After) WallClocksAt(Instant transition) =>
        (transition.Plus(Duration.FromTicks(-1)).InZone(Zone).LocalDateTime.PlusTicks(1), transition.InZone(Zone).LocalDateTime);

    private static string Clock(LocalDateTime time) => time.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Day(LocalDate date) => date.ToDateOnly().ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public DateOnly DateOf(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).Date.ToDateOnly();

    /// <summary>"CET (UTC+01:00)", "CET (UTC+01:00 all year; Europe/Berlin is on UTC+02:00 then)", "PT (America/Los_Angeles, UTC-07:00)".</summary>
    public string Describe(DateTimeOffset? at)
    {
        if (IsFixed)
        {
            return DescribeFixed(at);
        }

        var offset = at is { } instant ? $"UTC{Format(OffsetAt(Zone, instant))}" : null;
        if (Name == Region)
        {
            return offset is null ? Name : $"{Name} ({offset})";
        }

        return offset is null ? $"{Name} ({Region})" : $"{Name} ({Region}, {offset})";
    }

    public static string Format(Offset offset)
    {
        var seconds = offset.Seconds;
        var span = TimeSpan.FromSeconds(Math.Abs(seconds));
        return (seconds < 0 ? "-" : "+") + span.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private string DescribeFixed(DateTimeOffset? at)
    {
        var offset = Zone.MaxOffset;
        if (Name.StartsWith("UTC", StringComparison.Ordinal))
        {
            return Name;
        }

        // CET means UTC+1 even in summer; say so when the region itself is on another offset at that time.
        if (at is { } instant && Region is { } region && DateTimeZoneProviders.Tzdb.GetZoneOrNull(region) is { } rules
            && OffsetAt(rules, instant) is var actual && actual != offset)
        {
            return $"{Name} (UTC{Format(offset)} all year; {region} is on UTC{Format(actual)} then)";
        }

        return $"{Name} (UTC{Format(offset)})";
    }

    private static Offset OffsetAt(DateTimeZone zone, DateTimeOffset instant) => zone.GetUtcOffset(Instant.FromDateTimeOffset(instant));
}
