using System.Collections.Frozen;
using NodaTime;

namespace DeployBot.Core.Windows;

/// <summary>The zone names WINDOW text may use: abbreviations, UTC offsets and IANA names.</summary>
internal static class WindowZones
{
    public static readonly WindowZone Utc = new("UTC", DateTimeZone.Utc, null, IsFixed: true);

    /// <summary>Fixed abbreviations: minutes east of UTC, and the region whose daylight saving the note compares with.</summary>
    private static readonly FrozenDictionary<string, (int Minutes, string? Region)> Fixed = new Dictionary<string, (int, string?)>
    {
        ["GMT"] = (0, "Europe/London"), ["BST"] = (60, "Europe/London"),
        ["WET"] = (0, "Europe/Lisbon"), ["WEST"] = (60, "Europe/Lisbon"),
        ["CET"] = (60, "Europe/Berlin"), ["CEST"] = (120, "Europe/Berlin"),
        ["EET"] = (120, "Europe/Athens"), ["EEST"] = (180, "Europe/Athens"),
        ["MSK"] = (180, null), ["IST"] = (330, null), ["SGT"] = (480, null), ["HKT"] = (480, null),
        ["JST"] = (540, null), ["KST"] = (540, null),
        ["AEST"] = (600, "Australia/Sydney"), ["AEDT"] = (660, "Australia/Sydney"),
        ["NZST"] = (720, "Pacific/Auckland"), ["NZDT"] = (780, "Pacific/Auckland"),
        ["BRT"] = (-180, null), ["HST"] = (-600, null),
        ["AKST"] = (-540, "America/Anchorage"), ["AKDT"] = (-480, "America/Anchorage"),
        ["PST"] = (-480, "America/Los_Angeles"), ["PDT"] = (-420, "America/Los_Angeles"),
        ["MST"] = (-420, "America/Denver"), ["MDT"] = (-360, "America/Denver"),
        ["CST"] = (-360, "America/Chicago"), ["CDT"] = (-300, "America/Chicago"),
        ["EST"] = (-300, "America/New_York"), ["EDT"] = (-240, "America/New_York"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Generic abbreviations: the region's zone, standard or daylight time as the date has it.</summary>
    private static readonly FrozenDictionary<string, string> Generic = new Dictionary<string, string>
    {
        ["PT"] = "America/Los_Angeles", ["MT"] = "America/Denver", ["CT"] = "America/Chicago", ["ET"] = "America/New_York",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> IanaIds = new(
        () => DateTimeZoneProviders.Tzdb.Ids.ToFrozenDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    /// <summary>"UTC", "Z", "CET", "PT"; null when unknown.</summary>
    public static WindowZone? Abbreviation(string text)
    {
        var upper = text.ToUpperInvariant();
        if (upper is "UTC" or "Z")
        {
            return Utc;
        }

        if (Generic.TryGetValue(upper, out var id))
        {
            return new WindowZone(upper, DateTimeZoneProviders.Tzdb[id], id, IsFixed: false);
        }

        return Fixed.TryGetValue(upper, out var known) ? new WindowZone(upper, Offset(known.Minutes), known.Region, IsFixed: true) : null;
    }

    /// <summary>"Europe/Berlin", "america/los_angeles"; null when no such zone.</summary>
    public static WindowZone? Iana(string text) =>
        IanaIds.Value.TryGetValue(text, out var id) ? new WindowZone(id, DateTimeZoneProviders.Tzdb[id], id, IsFixed: false) : null;

    /// <summary>"UTC+01:00" for +60; null beyond ±14 hours.</summary>
    public static WindowZone? FromOffset(int minutes) =>
        minutes == 0 ? Utc
        : Math.Abs(minutes) > 14 * 60 ? null
        : new WindowZone("UTC" + WindowZone.Format(NodaTime.Offset.FromSeconds(minutes * 60)), Offset(minutes), null, IsFixed: true);

    private static DateTimeZone Offset(int minutes) => DateTimeZone.ForOffset(NodaTime.Offset.FromSeconds(minutes * 60));
}
