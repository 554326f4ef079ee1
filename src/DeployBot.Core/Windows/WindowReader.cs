using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Windows;

/// <summary>
/// Reads WINDOW text as people write it: days and dates ("Sat", "tomorrow", "2026-12-05", "Dec 5"), clock ranges (across
/// midnight, "9-10pm"), a start and a length ("Sun 04:00 UTC, 90 min"), lengths alone ("2h"), "now until 03:00 UTC",
/// ISO intervals, and zones (UTC offsets, abbreviations such as CET or PT, IANA names such as Europe/Berlin). The
/// length is known whenever the text fixes it; the instants only when a zone, an offset or "now" fixes them. Never
/// throws: what it cannot read is <see cref="WindowReading.IsReadable"/> false.
/// </summary>
public static class WindowReader
{
    /// <summary>The longest text read; longer text is unreadable.</summary>
    public const int MaxLength = 200;

    /// <summary>How to write a window, for asking again: "write it like …".</summary>
    public const string FormatHint =
        "write it like \"Sat 22:00-23:00 CET\", \"2026-12-05 02:00-04:00 UTC\", \"22:00-01:00 Europe/Berlin\" or \"now until 03:00 UTC\"";

    /// <summary>The reading of <paramref name="text"/>, relative to <paramref name="now"/> for weekdays and "tonight".</summary>
    public static WindowReading Read(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > MaxLength)
        {
            return Unreadable(trimmed);
        }

        try
        {
            return Interval(trimmed, now)
                ?? (WindowGrammar.Parse(trimmed, now) is { } parts ? WindowPlacement.Place(trimmed, parts, now) : Unreadable(trimmed));
        }
        catch (RegexMatchTimeoutException)
        {
            return Unreadable(trimmed);
        }
    }

    internal static WindowReading Unreadable(string text) => new(text, null, null, null, false);

    /// <summary>"2026-11-28T22:00Z/2026-11-29T01:00Z": both instants written out.</summary>
    private static WindowReading? Interval(string text, DateTimeOffset now)
    {
        var match = WindowPatterns.IsoInterval().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (!Instant(match.Groups["a"].Value, out var start) || !Instant(match.Groups["b"].Value, out var end)
            || end <= start || (end - start).TotalMinutes > WindowDurationReader.MaxMinutes)
        {
            return Unreadable(text);
        }

        return new WindowReading(text, (int)Math.Round((end - start).TotalMinutes), start, end, false)
        {
            UtcText = WindowUtcText.Format(start, end),
            Zone = WindowZones.FromOffset((int)start.Offset.TotalMinutes)?.Name,
            IsPast = end <= now,
        };
    }

    private static bool Instant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
}
