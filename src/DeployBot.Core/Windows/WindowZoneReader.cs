using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Windows;

/// <summary>Reads the one time zone of a window: an IANA name, a UTC offset or an abbreviation.</summary>
internal static class WindowZoneReader
{
    /// <returns>False when a zone is misspelt or impossible ("Europe/Berln", "UTC+25"), or two different zones are named.</returns>
    public static bool TryTake(WindowScan scan, out WindowZone? zone)
    {
        // IANA first ("Etc/GMT+5" is one name), then offsets before the bare "UTC" they start with.
        List<WindowZone?> found =
        [
            .. scan.Take(WindowPatterns.IanaZone()).Select(match => WindowZones.Iana(match.Groups["id"].Value)),
            .. scan.Take(WindowPatterns.PrefixedOffset()).Select(Offset),
            .. scan.Take(WindowPatterns.BareOffset()).Select(Offset),
            .. scan.Take(WindowPatterns.Abbreviation()).Select(match => WindowZones.Abbreviation(match.Value)),
            .. scan.Take(WindowPatterns.CapitalAbbreviation()).Select(match => WindowZones.Abbreviation(match.Value)),
        ];
        zone = found.FirstOrDefault();
        return found.TrueForAll(candidate => candidate is not null) && found.Select(candidate => candidate!.Name).Distinct().Count() <= 1;
    }

    private static WindowZone? Offset(Match match)
    {
        var hours = int.Parse(match.Groups["oh"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["om"].Success ? int.Parse(match.Groups["om"].Value, CultureInfo.InvariantCulture) : 0;
        if (minutes > 59)
        {
            return null;
        }

        var total = hours * 60 + minutes;
        return WindowZones.FromOffset(match.Groups["sign"].Value == "-" ? -total : total);
    }
}
