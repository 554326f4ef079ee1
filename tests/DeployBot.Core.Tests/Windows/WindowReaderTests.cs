using System.Globalization;
using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Windows;

/// <summary>Instants of windows with a day, times and a zone (moved from the on-call WindowRangeParser tests).</summary>
public sealed class WindowReaderTests
{
    // Saturday 28 November 2026, 20:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-28T22:00Z/2026-11-29T01:00Z", "2026-11-28T22:00Z", "2026-11-29T01:00Z")]
    [InlineData("2026-11-28T22:00:00+02:00/2026-11-28T23:00:00+02:00", "2026-11-28T20:00Z", "2026-11-28T21:00Z")]
    [InlineData("2026-11-28 22:00-23:30 UTC", "2026-11-28T22:00Z", "2026-11-28T23:30Z")]
    [InlineData("2026-11-28 22:00–01:00 UTC", "2026-11-28T22:00Z", "2026-11-29T01:00Z")]
    [InlineData("Sat 22:00-23:00 UTC", "2026-11-28T22:00Z", "2026-11-28T23:00Z")]
    [InlineData("Saturday 19:00-21:00 UTC", "2026-11-28T19:00Z", "2026-11-28T21:00Z")]
    [InlineData("Sat 02:00-04:00 UTC", "2026-12-05T02:00Z", "2026-12-05T04:00Z")]
    [InlineData("Tuesday 02:00 to 04:00 GMT", "2026-12-01T02:00Z", "2026-12-01T04:00Z")]
    [InlineData("tomorrow 9pm-11pm UTC+1", "2026-11-29T20:00Z", "2026-11-29T22:00Z")]
    [InlineData("tonight 22:00-23:00 UTC", "2026-11-28T22:00Z", "2026-11-28T23:00Z")]
    [InlineData("today 21:00-22:00 UTC", "2026-11-28T21:00Z", "2026-11-28T22:00Z")]
    [InlineData("22:00-23:00 UTC", "2026-11-28T22:00Z", "2026-11-28T23:00Z")]
    [InlineData("18:00-19:00 UTC", "2026-11-29T18:00Z", "2026-11-29T19:00Z")]
    [InlineData("23:00-01:00 +05:30", "2026-11-29T17:30Z", "2026-11-29T19:30Z")]
    [InlineData("23:00-02:00 +05:30", "2026-11-28T17:30Z", "2026-11-28T20:30Z")]
    [InlineData("Fri 19:00-21:00 UTC", "2026-12-04T19:00Z", "2026-12-04T21:00Z")]
    [InlineData("2026-12-05 02:00-04:00 UTC", "2026-12-05T02:00Z", "2026-12-05T04:00Z")]
    [InlineData("Dec 5 22:00-23:00 UTC", "2026-12-05T22:00Z", "2026-12-05T23:00Z")]
    [InlineData("5th December 2026, 22:00-23:00 UTC", "2026-12-05T22:00Z", "2026-12-05T23:00Z")]
    [InlineData("Sun 04:00 UTC, 90 min", "2026-11-29T04:00Z", "2026-11-29T05:30Z")]
    [InlineData("02:00 UTC for 2h", "2026-11-29T02:00Z", "2026-11-29T04:00Z")]
    [InlineData("Sat 23:30 - Sun 00:30 UTC", "2026-11-28T23:30Z", "2026-11-29T00:30Z")]
    [InlineData("2026-12-05 22:00 - 2026-12-07 02:00 UTC", "2026-12-05T22:00Z", "2026-12-07T02:00Z")]
    [InlineData("2026-12-05T02:00Z for 2h", "2026-12-05T02:00Z", "2026-12-05T04:00Z")]
    [InlineData("9-10pm PT", "2026-11-29T05:00Z", "2026-11-29T06:00Z")]
    [InlineData("22:00-01:00 Europe/Berlin", "2026-11-28T21:00Z", "2026-11-29T00:00Z")]
    [InlineData("Dec 5 22:00-23:00 JST", "2026-12-05T13:00Z", "2026-12-05T14:00Z")]
    [InlineData("Sat 22:00-23:00 GMT-5", "2026-11-29T03:00Z", "2026-11-29T04:00Z")]
    public void Read_WindowWithDayTimesAndZone_ReturnsTheInstants(string window, string start, string end)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.True(reading.IsReadable);
        Assert.Equal(Instant(start), reading.Start);
        Assert.Equal(Instant(end), reading.End);
        Assert.Equal((int)(Instant(end) - Instant(start)).TotalMinutes, reading.Minutes);
        Assert.False(reading.IsPast);
    }

    [Theory]
    [InlineData("after the 5pm standup")]
    [InlineData("Sat 22:00-23:00")]
    [InlineData("2h")]
    [InlineData("2026-11-28")]
    [InlineData("Sat 22:00-23:00 UTC or Sun 22:00-23:00 UTC")]
    [InlineData("Sat or Sun 22:00-23:00 UTC")]
    [InlineData("2026-11-28 25:00-26:00 UTC")]
    [InlineData("2026-13-45 22:00-23:00 UTC")]
    [InlineData("13pm-14pm UTC")]
    [InlineData("22:00-22:00 UTC")]
    [InlineData("2026-11-29T01:00Z/2026-11-28T22:00Z")]
    [InlineData("22:00-23:00 UTC+25")]
    public void Read_UnclearWindow_HasNoInstants(string window)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.Null(reading.Start);
        Assert.Null(reading.End);
        Assert.Null(reading.UtcText);
    }

    [Fact]
    public void Read_VeryLongText_IsUnreadableQuickly()
    {
        var reading = WindowReader.Read(string.Concat(Enumerable.Repeat("12:00-13:00 ", 400)) + "UTC", Now);

        Assert.False(reading.IsReadable);
    }

    [Theory]
    [InlineData("Sat 22:00-23:00 UTC", "Sat 22:00–23:00 UTC")]
    [InlineData("Sat 22:00-23:00 CET", "Sat 21:00–22:00 UTC")]
    [InlineData("Sat 23:30-00:30 UTC", "Sat 23:30 – Sun 00:30 UTC")]
    [InlineData("9-10pm PT", "Sun 05:00–06:00 UTC")]
    [InlineData("Sun 04:00 UTC", "from Sun 04:00 UTC")]
    [InlineData("now until 03:00 UTC", "Sat 20:00 – Sun 03:00 UTC")]
    public void Read_KnownInstants_WritesThemInUtc(string window, string expected)
    {
        Assert.Equal(expected, WindowReader.Read(window, Now).UtcText);
    }

    [Fact]
    public void Read_TextWithSpaces_KeepsItTrimmedAsWritten()
    {
        Assert.Equal("Sat 22:00-23:00 UTC", WindowReader.Read("  Sat 22:00-23:00 UTC \n", Now).Text);
    }

    internal static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
