namespace DeployBot.Core.Windows;

/// <summary>
/// What a WINDOW text says, read once by <see cref="WindowReader"/> for the planner, the conversation and the on-call
/// handover alike.
/// </summary>
/// <param name="Text">The window as written.</param>
/// <param name="Minutes">Its length in minutes when the text fixes it (a range or a duration); null otherwise.</param>
/// <param name="Start">The instant it starts, when the text fixes it (a time zone or offset is given, or "now").</param>
/// <param name="End">The instant it ends, likewise.</param>
/// <param name="IsNow">"now", "asap", "now until 03:00 UTC": the window starts when the plan is read.</param>
public sealed record WindowReading(string Text, int? Minutes, DateTimeOffset? Start, DateTimeOffset? End, bool IsNow)
{
    /// <summary>True when anything useful was read: a length, instants or "now".</summary>
    public bool IsReadable => Minutes is not null || Start is not null || IsNow;

    /// <summary>The window in UTC for the summary ("Sat 21:00–22:00 UTC"), when its instants are known.</summary>
    public string? UtcText { get; init; }

    /// <summary>The time zone as written or resolved ("CET", "Europe/Berlin", "UTC+01:00"); null when none was given.</summary>
    public string? Zone { get; init; }

    /// <summary>
    /// True when the window is over at the time it was read: it ended (or, with no end known, started) at or before
    /// then. "now" windows are never past.
    /// </summary>
    public bool IsPast { get; init; }

    /// <summary>
    /// The daylight-saving change that happens inside the window ("in Europe/Berlin clocks go back from 03:00 to 02:00 at
    /// Sun 31 Oct 01:00 UTC"), when its zone has one then; its length is then not what the wall clocks suggest.
    /// </summary>
    public string? ClockChange { get; init; }

    /// <summary>
    /// Why a window that reads well cannot be placed in time ("02:30 does not exist in Europe/Berlin on Sun 28 Mar 2027:
    /// clocks go forward from 02:00 to 03:00"); null otherwise. Such a reading is not readable.
    /// </summary>
    public string? Problem { get; init; }
}
