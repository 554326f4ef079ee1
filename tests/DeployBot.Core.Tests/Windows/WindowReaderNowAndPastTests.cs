using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Windows;

/// <summary>"now" windows, windows already over, and what cannot be read at all.</summary>
public sealed class WindowReaderNowAndPastTests
{
    // Saturday 28 November 2026, 20:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("now")]
    [InlineData("NOW")]
    [InlineData("asap")]
    [InlineData("ASAP please")]
    [InlineData("immediately")]
    [InlineData("right away")]
    [InlineData("now until 03:00")]
    public void Read_NowWithoutAnEnd_StartsNowWithNoEnd(string window)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.True(reading.IsReadable);
        Assert.True(reading.IsNow);
        Assert.Equal(Now, reading.Start);
        Assert.Null(reading.End);
        Assert.Null(reading.Minutes);
        Assert.False(reading.IsPast);
    }

    [Theory]
    [InlineData("now until 03:00 UTC", "2026-11-29T03:00Z", 420)]
    [InlineData("now until 22:00 UTC", "2026-11-28T22:00Z", 120)]
    [InlineData("now till 9pm UTC", "2026-11-28T21:00Z", 60)]
    [InlineData("now until 03:00 Europe/Berlin", "2026-11-29T02:00Z", 360)]
    [InlineData("asap for 2h", "2026-11-28T22:00Z", 120)]
    [InlineData("now, 90 minutes", "2026-11-28T21:30Z", 90)]
    [InlineData("now until tomorrow 23:00 UTC", "2026-11-29T23:00Z", 1620)]
    public void Read_NowWithAnEnd_EndsThen(string window, string end, int minutes)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.True(reading.IsNow);
        Assert.Equal(Now, reading.Start);
        Assert.Equal(WindowReaderTests.Instant(end), reading.End);
        Assert.Equal(minutes, reading.Minutes);
    }

    [Theory]
    [InlineData("2026-11-28 18:00-19:00 UTC", "2026-11-28T19:00Z")]
    [InlineData("today 09:00-10:00 UTC", "2026-11-28T10:00Z")]
    [InlineData("Nov 28 10pm-11pm +05:30", "2026-11-28T17:30Z")]
    [InlineData("2026-11-28T10:00Z/2026-11-28T11:00Z", "2026-11-28T11:00Z")]
    [InlineData("2026-11-27 22:00 UTC", "2026-11-27T22:00Z")]
    [InlineData("2026-11-28 18:00-20:00 UTC", "2026-11-28T20:00Z")]
    public void Read_WindowAlreadyOver_IsPast(string window, string over)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.True(reading.IsReadable);
        Assert.True(reading.IsPast);
        Assert.Equal(WindowReaderTests.Instant(over), reading.End ?? reading.Start);
    }

    [Theory]
    [InlineData("Sat 18:00-19:00 UTC")]
    [InlineData("18:00-19:00 UTC")]
    [InlineData("2026-11-28 19:00-21:00 UTC")]
    [InlineData("Dec 5 22:00-23:00 UTC")]
    [InlineData("Sat 22:00-23:00")]
    [InlineData("now")]
    public void Read_WindowRunningOrAhead_IsNotPast(string window)
    {
        Assert.False(WindowReader.Read(window, Now).IsPast);
    }

    [Fact]
    public void Read_DateWithoutYearJustGone_IsThisYearsAndPast()
    {
        var reading = WindowReader.Read("Nov 27 22:00-23:00 UTC", Now);

        Assert.True(reading.IsPast);
        Assert.Equal(2026, reading.Start!.Value.Year);
    }

    [Fact]
    public void Read_SameTextOnLaterDays_IsReadForEachDay()
    {
        // Read texts are remembered for speed; a date without a year must still be placed by the day it is read on.
        var inDecember = WindowReader.Read("Jan 4 22:00-23:00 UTC", new DateTimeOffset(2026, 12, 28, 12, 0, 0, TimeSpan.Zero));
        var inJanuary = WindowReader.Read("Jan 4 22:00-23:00 UTC", new DateTimeOffset(2027, 1, 2, 12, 0, 0, TimeSpan.Zero));
        var afterIt = WindowReader.Read("Jan 4 22:00-23:00 UTC", new DateTimeOffset(2027, 1, 5, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 22, 0, 0, TimeSpan.Zero), inDecember.Start);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 22, 0, 0, TimeSpan.Zero), inJanuary.Start);
        Assert.False(inJanuary.IsPast);
        Assert.True(afterIt.IsPast);
    }

    [Fact]
    public void Read_SameTextManyTimes_GivesTheSameReadingEachTime()
    {
        var first = WindowReader.Read("Sat 22:00-23:00 CET", Now);
        var texts = Enumerable.Range(0, RecentWindowParts.Capacity + 10).Select(i => $"Sun {i % 24:D2}:{i / 24 % 60:D2} UTC").ToArray();
        foreach (var text in texts)
        {
            Assert.True(WindowReader.Read(text, Now).IsReadable);
        }

        var again = WindowReader.Read("Sat 22:00-23:00 CET", Now);
        var later = WindowReader.Read("Sat 22:00-23:00 CET", Now.AddDays(1));

        Assert.Equal(first, again);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 21, 0, 0, TimeSpan.Zero), first.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 21, 0, 0, TimeSpan.Zero), later.Start);
    }

    [Fact]
    public void Read_JanuaryDateInLateDecember_IsNextYears()
    {
        var reading = WindowReader.Read("Jan 3 22:00-23:00 UTC", new DateTimeOffset(2026, 12, 28, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(WindowReaderTests.Instant("2027-01-03T22:00Z"), reading.Start);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("after the standup")]
    [InlineData("after the 5pm standup")]
    [InlineData("any time")]
    [InlineData("tonight")]
    [InlineData("Saturday")]
    [InlineData("2026-11-28")]
    [InlineData("22:00")]
    [InlineData("25:00-26:00")]
    [InlineData("02:00-02:00")]
    [InlineData("13pm-14pm UTC")]
    [InlineData("22:00-22:00 UTC")]
    [InlineData("2026-13-45 22:00-23:00 UTC")]
    [InlineData("Feb 30 22:00-23:00 UTC")]
    [InlineData("2026-11-29T01:00Z/2026-11-28T22:00Z")]
    [InlineData("22:00-23:00 UTC+25")]
    [InlineData("22:00-23:00 Europe/Berln")]
    [InlineData("22:00-23:00 UTC PT")]
    [InlineData("22:00-23:00 CET / 21:00-22:00 UTC")]
    [InlineData("Sat 22:00-23:00 UTC or Sun 22:00-23:00 UTC")]
    [InlineData("Sat or Sun 22:00-23:00 UTC")]
    [InlineData("Fri 2026-12-05 22:00-23:00 UTC")]
    [InlineData("tomorrow 2026-12-05 22:00-23:00 UTC")]
    [InlineData("22:00-23:00 UTC for 2h")]
    [InlineData("2h or 3h")]
    [InlineData("0 minutes")]
    [InlineData("200 hours")]
    [InlineData("now 22:00-23:00 UTC")]
    public void Read_Unreadable_SaysSoWithoutThrowing(string window)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.False(reading.IsReadable);
        Assert.Null(reading.Minutes);
        Assert.Null(reading.Start);
        Assert.False(reading.IsNow);
    }

    [Fact]
    public void FormatHint_ShowsEachWayToWriteAWindow()
    {
        Assert.StartsWith("write it like", WindowReader.FormatHint, StringComparison.Ordinal);
        foreach (var example in new[] { "Sat 22:00-23:00 CET", "2026-12-05 02:00-04:00 UTC", "22:00-01:00 Europe/Berlin", "now until 03:00 UTC" })
        {
            Assert.True(WindowReader.Read(example, Now).IsReadable, example);
        }
    }
}
