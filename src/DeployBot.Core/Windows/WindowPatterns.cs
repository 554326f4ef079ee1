using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Windows;

/// <summary>
/// The shapes of WINDOW text, read in this order by <see cref="WindowGrammar"/>: dates, clock ranges, time zones,
/// single times, durations, "now", then relative days and weekdays. Each is blanked once read, so no text counts twice.
/// </summary>
internal static partial class WindowPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    // Text is at most 200 characters, so a match never needs long; the timeout only guards against a runaway pattern.
    // 250 ms was hit on a loaded 2-core machine, and a timeout reads as "can't read WINDOW" to the requester.
    private const int TimeoutMs = MatchBudget.Milliseconds;

    [GeneratedRegex(@"(?<a>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))\s*(?:/|--|–|—|\bto\b|\s-\s)\s*(?<b>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))", Options, TimeoutMs)]
    public static partial Regex IsoInterval();

    [GeneratedRegex(@"(?<![\d-])(?<y>\d{4})[-/](?<mo>\d{1,2})[-/](?<d>\d{1,2})(?![\d-])", Options, TimeoutMs)]
    public static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![a-z])(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:a-z])(?:,?\s+(?<y>\d{4})(?![\d:]))?", Options, TimeoutMs)]
    public static partial Regex MonthDayDate();

    [GeneratedRegex(@"(?<![\w:.])(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?(?:,?\s+(?<y>\d{4})(?![\d:]))?", Options, TimeoutMs)]
    public static partial Regex DayMonthDate();

    /// <summary>"22:00-01:00", "9-10pm", "10:30 to 11:15", "between 9pm and 11pm", "23:30 - Sun 00:30".</summary>
    [GeneratedRegex(@"(?<![\w:.])(?:(?<bw>between)\s+)?(?:(?<h1>\d{1,2})(?::(?<m1>\d{2}))?(?:\s*(?<p1>[ap]m)\b)?|(?<w1>noon|midnight))\s*(?<sep>-|to\b|until\b|till\b|til\b|thru\b|through\b|and\b)\s*(?:(?<d2>mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?\s+)?(?:(?<h2>\d{1,2})(?::(?<m2>\d{2}))?(?:\s*(?<p2>[ap]m)\b)?|(?<w2>noon|midnight))(?![\d:])", Options, TimeoutMs)]
    public static partial Regex ClockRange();

    /// <summary>A single clock time written as one: "04:00", "9pm", "noon"; a bare "9" is not.</summary>
    [GeneratedRegex(@"(?<![\w:.])(?:(?<h1>\d{1,2})(?::(?<m1>\d{2})(?:\s*(?<p1>[ap]m)\b)?|\s*(?<p1>[ap]m)\b)|(?<w1>noon|midnight))(?![\d:])", Options, TimeoutMs)]
    public static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\w/])(?<id>(?:africa|america|antarctica|arctic|asia|atlantic|australia|europe|indian|pacific|etc|us|canada|brazil|mexico|chile)/[a-z0-9_+-]+(?:/[a-z0-9_+-]+)?)(?![\w/])", Options, TimeoutMs)]
    public static partial Regex IanaZone();

    /// <summary>"UTC+1", "GMT-5", "UTC +05:30".</summary>
    [GeneratedRegex(@"(?<![a-z/])(?:utc|gmt)\s*(?<sign>[+-])\s*(?<oh>\d{1,2})(?::?(?<om>\d{2}))?(?![\d:])", Options, TimeoutMs)]
    public static partial Regex PrefixedOffset();

    /// <summary>"+01:00", "-0500".</summary>
    [GeneratedRegex(@"(?<![a-z/+-])(?<sign>[+-])(?<oh>\d{2}):?(?<om>\d{2})(?![\d:])", Options, TimeoutMs)]
    public static partial Regex BareOffset();

    [GeneratedRegex(@"(?<![a-z/])(?<abbr>utc|gmt|cest|cet|eest|eet|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|ist|jst|kst|sgt|hkt|aest|aedt|nzst|nzdt|brt|msk)(?![a-z/])", Options, TimeoutMs)]
    public static partial Regex Abbreviation();

    /// <summary>Abbreviations that are also words ("et", "west", "wet") count only in capitals.</summary>
    [GeneratedRegex(@"(?<![A-Za-z/])(?<abbr>PT|MT|CT|ET|WEST|WET|Z)(?![A-Za-z/])", CaseSensitive, TimeoutMs)]
    public static partial Regex CapitalAbbreviation();

    [GeneratedRegex(@"(?<![\w.:])(?:(?<h>\d{1,3}(?:\.\d+)?)\s*(?:hours?|hrs?|h)(?![a-z])(?:\s*(?:and\s+)?(?<m>\d{1,4})\s*(?:minutes?|mins?|m)(?![a-z]))?|(?<m>\d{1,4})\s*(?:minutes?|mins?|m)(?![a-z])|(?<half>half\s+an\s+hour)|(?<an>an\s+hour)(?![a-z]))", Options, TimeoutMs)]
    public static partial Regex Duration();

    [GeneratedRegex(@"(?<![\w.])(?:now|asap|a\.s\.a\.p\.?|immediately|right\s+away|straight\s+away)(?![\w])", Options, TimeoutMs)]
    public static partial Regex Now();

    [GeneratedRegex(@"(?<![a-z])(?<r>today|tonight|tomorrow|tmrw|tmr)(?![a-z])", Options, TimeoutMs)]
    public static partial Regex RelativeDay();

    [GeneratedRegex(@"(?<![a-z])(?<d>mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![a-z])", Options, TimeoutMs)]
    public static partial Regex Weekday();

    [GeneratedRegex(@"[\u2010-\u2015\u2212]", Options, TimeoutMs)]
    public static partial Regex Dash();

    [GeneratedRegex(@"\b(?<x>[ap])\.m\.?", Options, TimeoutMs)]
    public static partial Regex DottedHalf();

    /// <summary>ISO "2026-12-05T02:00:00Z" becomes "2026-12-05 02:00 Z": date, time and zone read like any other.</summary>
    [GeneratedRegex(@"(?<date>\d{4}-\d{2}-\d{2})T(?<time>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?<z>Z)?", CaseSensitive, TimeoutMs)]
    public static partial Regex IsoDateTime();

    [GeneratedRegex(@"(?<=\d)Z\b", CaseSensitive, TimeoutMs)]
    public static partial Regex ZuluSuffix();
}
