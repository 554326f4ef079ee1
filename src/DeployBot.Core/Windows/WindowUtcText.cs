using System.Globalization;

namespace DeployBot.Core.Windows;

/// <summary>A window's instants in UTC for summaries: "Sat 21:00–22:00 UTC", "Sat 23:30 – Sun 00:30 UTC".</summary>
internal static class WindowUtcText
{
    public static string Format(DateTimeOffset start, DateTimeOffset? end)
    {
        var from = start.ToUniversalTime();
        if (end is not { } stop)
        {
            return $"from {Day(from)} {Time(from)} UTC";
        }

        var to = stop.ToUniversalTime();
        return from.Date == to.Date
            ? $"{Day(from)} {Time(from)}–{Time(to)} UTC"
            : $"{Day(from)} {Time(from)} – {Day(to)} {Time(to)} UTC";
    }

    /// <summary>"Sat 28 Nov 23:00 UTC": one instant with its date, for messages about it.</summary>
    public static string Moment(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("ddd d MMM HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset instant) => instant.ToString("ddd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset instant) => instant.ToString("HH:mm", CultureInfo.InvariantCulture);
}
