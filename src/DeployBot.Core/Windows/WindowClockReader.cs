using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Windows;

/// <summary>Reads clock ranges and single clock times, including "9-10pm" (21:00-22:00) and ranges across midnight.</summary>
internal static class WindowClockReader
{
    private const int MinutesPerDay = 24 * 60;

    /// <returns>False when a range is written but impossible ("25:00-26:00", "13pm-2pm", "22:00-22:00").</returns>
    public static bool TryTakeRanges(WindowScan scan, out List<WindowClock> ranges)
    {
        ranges = [];
        foreach (var match in scan.Take(WindowPatterns.ClockRange(), IsRange))
        {
            if (Range(match) is not { } range)
            {
                return false;
            }

            ranges.Add(range);
        }

        return true;
    }

    /// <returns>False when a clock time is impossible ("25:00", "13pm").</returns>
    public static bool TryTakeTimes(WindowScan scan, out List<int> times)
    {
        times = [];
        foreach (var match in scan.Take(WindowPatterns.ClockTime()))
        {
            var token = Token.Read(match, "1");
            if (token.Minutes(token.Half) is not { } minutes)
            {
                return false;
            }

            times.Add(minutes);
        }

        return true;
    }

    /// <summary>The wall-clock length of a range on one day or across midnight.</summary>
    public static int Length(int start, int end) => end > start ? end - start : end + MinutesPerDay - start;

    // "06-01" is not a time range: one side must look like a clock time; "and" counts only after "between".
    private static bool IsRange(Match match) =>
        (Token.Read(match, "1").HasShape || Token.Read(match, "2").HasShape)
        && (!match.Groups["sep"].Value.Equals("and", StringComparison.OrdinalIgnoreCase) || match.Groups["bw"].Success);

    private static WindowClock? Range(Match match)
    {
        var from = Token.Read(match, "1");
        var to = Token.Read(match, "2");
        var endWeekday = match.Groups["d2"].Success ? WindowDayReader.Weekday(match.Groups["d2"].Value) : (DayOfWeek?)null;
        var (start, end) = from.NeedsHalfOf(to) ? Shortest(from, to, fromVaries: true)
            : to.NeedsHalfOf(from) ? Shortest(to, from, fromVaries: false)
            : (from.Minutes(from.Half), to.Minutes(to.Half));
        return start is not { } s || end is not { } e || (s == e && endWeekday is null) || s >= MinutesPerDay
            ? null
            : new WindowClock(s, e, endWeekday);
    }

    /// <summary>"9-10pm": the half that gives the shorter window (21:00-22:00, not 09:00-22:00).</summary>
    private static (int? Start, int? End) Shortest(Token varying, Token other, bool fromVaries)
    {
        var fixedMinutes = other.Minutes(other.Half);
        return new[] { "am", "pm" }
            .Select(half => varying.Minutes(half))
            .Where(minutes => minutes is not null && fixedMinutes is not null && minutes != fixedMinutes)
            .Select(minutes => fromVaries ? (minutes, fixedMinutes) : (fixedMinutes, minutes))
            .OrderBy(pair => Length(pair.Item1!.Value, pair.Item2!.Value))
            .FirstOrDefault();
    }

    private readonly record struct Token(int Hour, int? Minute, string Half, int? Word)
    {
        public bool HasShape => Minute is not null || Half.Length > 0 || Word is not null;

        public static Token Read(Match match, string side)
        {
            var word = match.Groups["w" + side];
            if (word.Success)
            {
                return new Token(0, null, string.Empty, word.Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 * 60 : 0);
            }

            var minute = match.Groups["m" + side];
            return new Token(
                int.Parse(match.Groups["h" + side].Value, CultureInfo.InvariantCulture),
                minute.Success ? int.Parse(minute.Value, CultureInfo.InvariantCulture) : null,
                match.Groups["p" + side].Value.ToLowerInvariant(),
                null);
        }

        /// <summary>This side has no am/pm, the other has, and this hour could take either.</summary>
        public bool NeedsHalfOf(Token other) => Half.Length == 0 && Word is null && other.Half.Length > 0 && Hour is >= 1 and <= 12;

        public int? Minutes(string half)
        {
            if (Word is { } word)
            {
                return word;
            }

            var minute = Minute ?? 0;
            if (half.Length > 0)
            {
                return Hour is < 1 or > 12 || minute > 59 ? null : ((Hour % 12) + (half == "pm" ? 12 : 0)) * 60 + minute;
            }

            return Hour > 24 || minute > 59 || (Hour == 24 && minute > 0) ? null : Hour * 60 + minute;
        }
    }
}
