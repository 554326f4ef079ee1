namespace DeployBot.Core.Windows;

/// <summary>Reads WINDOW text: days, dates, ranges across midnight, offsets, zone abbreviations and IANA names.</summary>
public static class WindowReader
{
    /// <summary>The reading of <paramref name="text"/>, relative to <paramref name="now"/> for weekdays and "tonight".</summary>
    public static WindowReading Read(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Interim: the offline planner's length reader, until the time-zone-aware reader lands.
        _ = now;
        return new WindowReading(text.Trim(), Planning.Offline.WindowParser.Minutes(text), null, null, false);
    }
}
