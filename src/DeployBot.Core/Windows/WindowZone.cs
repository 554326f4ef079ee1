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
