using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Windows;

/// <summary>The length of a window, known whenever the text fixes it, with or without a zone.</summary>
public sealed class WindowReaderLengthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Sat 22:00-23:00 CET", 60)]
    [InlineData("Saturday 22:00-23:00", 60)]
    [InlineData("2026-12-05 02:00-04:00 UTC", 120)]
    [InlineData("Sat 02:00-04:00 UTC", 120)]
    [InlineData("22:00-01:00", 180)]
    [InlineData("22:00–01:00 CET", 180)]
    [InlineData("22:00-01:00 Europe/Berlin", 180)]
    [InlineData("9-10pm", 60)]
    [InlineData("9-10pm PT", 60)]
    [InlineData("9pm-11pm", 120)]
    [InlineData("9pm to 11pm", 120)]
    [InlineData("9 p.m. - 11 p.m.", 120)]
    [InlineData("between 9pm and 11pm", 120)]
    [InlineData("11-1am", 120)]
    [InlineData("10:30-2pm", 210)]
    [InlineData("9am-5pm", 480)]
    [InlineData("noon-2pm", 120)]
    [InlineData("22:00-midnight", 120)]
    [InlineData("22:00-24:00", 120)]
    [InlineData("10:30–11:15", 45)]
    [InlineData("10:30—11:15", 45)]
    [InlineData("22:00 to 23:30", 90)]
    [InlineData("2025-06-01 02:00 until 03:15", 75)]
    [InlineData("Sat 22:00 - Sun 04:00", 360)]
    [InlineData("Sat 23:30 - Sun 00:30 UTC", 60)]
    [InlineData("2026-12-05 22:00 - 2026-12-07 02:00 UTC", 1680)]
    [InlineData("Dec 5 22:00-23:00 UTC", 60)]
    [InlineData("tomorrow 9pm-11pm UTC+1", 120)]
    [InlineData("22:00-23:00 UTC (60 min)", 60)]
    [InlineData("Sun 04:00 UTC, 90 min", 90)]
    [InlineData("02:00 UTC for 2h", 120)]
    [InlineData("2h", 120)]
    [InlineData("90 minutes", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("1 hour 15 minutes", 75)]
    [InlineData("1.5 hours on Sunday", 90)]
    [InlineData("an hour", 60)]
    [InlineData("half an hour", 30)]
    [InlineData("2026-11-28T22:00Z/2026-11-29T01:00Z", 180)]
    public void Read_CommonFormats_KnowTheLength(string window, int minutes)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.True(reading.IsReadable);
        Assert.Equal(minutes, reading.Minutes);
    }

    [Theory]
    [InlineData("Sat 22:00-23:00")]
    [InlineData("9-10pm")]
    [InlineData("2h")]
    [InlineData("Sun 04:00, 90 min")]
    public void Read_NoZone_KnowsTheLengthButNotTheInstants(string window)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.NotNull(reading.Minutes);
        Assert.Null(reading.Start);
        Assert.Null(reading.End);
        Assert.Null(reading.Zone);
        Assert.Null(reading.UtcText);
    }

    [Fact]
    public void Read_StartWithZoneButNoEnd_KnowsTheStartOnly()
    {
        var reading = WindowReader.Read("2026-11-28 22:00 UTC", Now);

        Assert.True(reading.IsReadable);
        Assert.Equal(WindowReaderTests.Instant("2026-11-28T22:00Z"), reading.Start);
        Assert.Null(reading.End);
        Assert.Null(reading.Minutes);
    }
}
