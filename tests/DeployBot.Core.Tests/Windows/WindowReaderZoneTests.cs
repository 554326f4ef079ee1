using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Windows;

/// <summary>Zones: offsets, fixed abbreviations, generic ones and IANA names, with daylight saving on the window's date.</summary>
public sealed class WindowReaderZoneTests
{
    // Wednesday 1 July 2026 and Tuesday 1 December 2026, noon UTC.
    private static readonly DateTimeOffset July = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset December = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Sun 22:00-23:00 Europe/Berlin", "2026-07-05T20:00Z", "2026-12-06T21:00Z")]
    [InlineData("Sun 22:00-23:00 europe/berlin", "2026-07-05T20:00Z", "2026-12-06T21:00Z")]
    [InlineData("Sat 22:00-23:00 PT", "2026-07-05T05:00Z", "2026-12-06T06:00Z")]
    [InlineData("Sat 22:00-23:00 ET", "2026-07-05T02:00Z", "2026-12-06T03:00Z")]
    [InlineData("Sat 22:00-23:00 CT", "2026-07-05T03:00Z", "2026-12-06T04:00Z")]
    [InlineData("Sat 22:00-23:00 MT", "2026-07-05T04:00Z", "2026-12-06T05:00Z")]
    [InlineData("Sat 22:00-23:00 America/Los_Angeles", "2026-07-05T05:00Z", "2026-12-06T06:00Z")]
    [InlineData("Sat 22:00-23:00 Australia/Sydney", "2026-07-04T12:00Z", "2026-12-05T11:00Z")]
    [InlineData("Sat 22:00-23:00 CET", "2026-07-04T21:00Z", "2026-12-05T21:00Z")]
    [InlineData("Sat 22:00-23:00 CEST", "2026-07-04T20:00Z", "2026-12-05T20:00Z")]
    [InlineData("Sat 22:00-23:00 PST", "2026-07-05T06:00Z", "2026-12-06T06:00Z")]
    [InlineData("Sat 22:00-23:00 PDT", "2026-07-05T05:00Z", "2026-12-06T05:00Z")]
    [InlineData("Sat 22:00-23:00 EST", "2026-07-05T03:00Z", "2026-12-06T03:00Z")]
    [InlineData("Sat 22:00-23:00 BST", "2026-07-04T21:00Z", "2026-12-05T21:00Z")]
    [InlineData("Sat 22:00-23:00 GMT", "2026-07-04T22:00Z", "2026-12-05T22:00Z")]
    [InlineData("Sat 22:00-23:00 IST", "2026-07-04T16:30Z", "2026-12-05T16:30Z")]
    [InlineData("Sat 22:00-23:00 SGT", "2026-07-04T14:00Z", "2026-12-05T14:00Z")]
    [InlineData("Sat 22:00-23:00 HKT", "2026-07-04T14:00Z", "2026-12-05T14:00Z")]
    [InlineData("Sat 22:00-23:00 KST", "2026-07-04T13:00Z", "2026-12-05T13:00Z")]
    [InlineData("Sat 22:00-23:00 EET", "2026-07-04T20:00Z", "2026-12-05T20:00Z")]
    [InlineData("Sat 22:00-23:00 EEST", "2026-07-04T19:00Z", "2026-12-05T19:00Z")]
    [InlineData("Sat 22:00-23:00 WET", "2026-07-04T22:00Z", "2026-12-05T22:00Z")]
    [InlineData("Sat 22:00-23:00 WEST", "2026-07-04T21:00Z", "2026-12-05T21:00Z")]
    [InlineData("Sat 22:00-23:00 AEST", "2026-07-04T12:00Z", "2026-12-05T12:00Z")]
    [InlineData("Sat 22:00-23:00 AEDT", "2026-07-04T11:00Z", "2026-12-05T11:00Z")]
    [InlineData("Sat 22:00-23:00 NZST", "2026-07-04T10:00Z", "2026-12-05T10:00Z")]
    [InlineData("Sat 22:00-23:00 NZDT", "2026-07-04T09:00Z", "2026-12-05T09:00Z")]
    [InlineData("Sat 22:00-23:00 BRT", "2026-07-05T01:00Z", "2026-12-06T01:00Z")]
    [InlineData("Sat 22:00-23:00 MDT", "2026-07-05T04:00Z", "2026-12-06T04:00Z")]
    [InlineData("Sat 22:00-23:00 CDT", "2026-07-05T03:00Z", "2026-12-06T03:00Z")]
    [InlineData("Sat 22:00-23:00 UTC+1", "2026-07-04T21:00Z", "2026-12-05T21:00Z")]
    [InlineData("Sat 22:00-23:00 +01:00", "2026-07-04T21:00Z", "2026-12-05T21:00Z")]
    [InlineData("Sat 22:00-23:00 GMT-5", "2026-07-05T03:00Z", "2026-12-06T03:00Z")]
    [InlineData("Sat 22:00-23:00Z", "2026-07-04T22:00Z", "2026-12-05T22:00Z")]
    public void Read_ZoneInSummerAndWinter_StartsAtTheRightInstant(string window, string july, string december)
    {
        Assert.Equal(WindowReaderTests.Instant(july), WindowReader.Read(window, July).Start);
        Assert.Equal(WindowReaderTests.Instant(december), WindowReader.Read(window, December).Start);
    }

    [Theory]
    [InlineData("Sat 22:00-23:00 UTC", "UTC")]
    [InlineData("Sat 22:00-23:00 Z", "UTC")]
    [InlineData("Sat 22:00-23:00 UTC+1", "UTC+01:00")]
    [InlineData("Sat 22:00-23:00 GMT-5", "UTC-05:00")]
    [InlineData("Sat 22:00-23:00 +05:30", "UTC+05:30")]
    [InlineData("Sat 22:00-23:00 CEST", "CEST (UTC+02:00)")]
    [InlineData("Sat 22:00-23:00 CET", "CET (UTC+01:00 all year; Europe/Berlin is on UTC+02:00 then)")]
    [InlineData("Sat 22:00-23:00 IST", "IST (UTC+05:30)")]
    [InlineData("Sat 22:00-23:00 PT", "PT (America/Los_Angeles, UTC-07:00)")]
    [InlineData("Sat 22:00-23:00 Europe/Berlin", "Europe/Berlin (UTC+02:00)")]
    [InlineData("Sat 22:00-23:00 america/new_york", "America/New_York (UTC-04:00)")]
    [InlineData("2h PT", "PT (America/Los_Angeles)")]
    public void Read_SummerWindow_NamesTheZoneAsResolved(string window, string zone)
    {
        Assert.Equal(zone, WindowReader.Read(window, July).Zone);
    }

    [Theory]
    [InlineData("2026-10-24 22:00-04:00 Europe/Berlin", 420)]
    [InlineData("2026-03-28 22:00-04:00 Europe/Berlin", 300)]
    [InlineData("2026-11-01 00:30-02:30 America/New_York", 180)]
    [InlineData("2026-10-24 22:00-04:00 CET", 360)]
    public void Read_RangeAcrossAClockChange_IsAsLongAsTheRealTime(string window, int minutes)
    {
        Assert.Equal(minutes, WindowReader.Read(window, July).Minutes);
    }

    [Fact]
    public void Read_PtInSummer_IsSevenHoursBehindUtc()
    {
        var reading = WindowReader.Read("2026-07-04 09:00-10:00 PT", July);

        Assert.Equal(TimeSpan.FromHours(-7), reading.Start!.Value.Offset);
        Assert.Equal(WindowReaderTests.Instant("2026-07-04T16:00Z"), reading.Start);
    }
}
