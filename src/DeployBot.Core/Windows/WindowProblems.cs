using DeployBot.Core.Requests;

namespace DeployBot.Core.Windows;

/// <summary>What to tell someone whose WINDOW cannot be used: it cannot be read, or it is already over.</summary>
internal static class WindowProblems
{
    /// <returns>Null when the window can be used; otherwise the message that asks for another one.</returns>
    public static string? Describe(string window, DateTimeOffset now)
    {
        var reading = WindowReader.Read(window, now);
        var quoted = $"WINDOW \"{ArgumentCollector.Excerpt(reading.Text)}\"";
        if (reading.Problem is { } problem)
        {
            return $"Can't use {quoted}: {problem}; give a time that exists there, or the window in UTC.";
        }

        if (!reading.IsReadable)
        {
            return $"Can't read {quoted} as a time; {WindowReader.FormatHint}.";
        }

        if (reading.IsPast)
        {
            var (word, moment) = reading.End is { } end ? ("ended", end) : ("started", reading.Start!.Value);
            return $"{quoted} {word} at {WindowUtcText.Moment(moment)}; give a window that is still ahead.";
        }

        return null;
    }
}
