using System.Globalization;
using DeployBot.OnCall.Windows;

namespace DeployBot.OnCall.Tests.Windows;

public sealed class WindowRangeParserTests
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
    [InlineData("22:00-23:00 UTC", "2026-11-28T22:00Z", "2026-11-28T23:00Z")]
    [InlineData("18:00-19:00 UTC", "2026-11-29T18:00Z", "2026-11-29T19:00Z")]
    [InlineData("23:00-01:00 +05:30", "2026-11-29T17:30Z", "2026-11-29T19:30Z")]
    [InlineData("23:00-02:00 +05:30", "2026-11-28T17:30Z", "2026-11-28T20:30Z")]
    [InlineData("Fri 19:00-21:00 UTC", "2026-12-04T19:00Z", "2026-12-04T21:00Z")]
    public void Parse_WindowWithDayTimesAndZone_ReturnsTheInstants(string window, string start, string end)
    {
        var range = WindowRangeParser.Parse(window, Now);

        Assert.NotNull(range);
        Assert.Equal(Instant(start), range.Value.Start);
        Assert.Equal(Instant(end), range.Value.End);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
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
    public void Parse_UnclearWindow_ReturnsNull(string? window)
    {
        Assert.Null(WindowRangeParser.Parse(window, Now));
    }

    [Fact]
    public void Parse_VeryLongText_ReturnsNullQuickly()
    {
        Assert.Null(WindowRangeParser.Parse(string.Concat(Enumerable.Repeat("12:00-13:00 ", 400)) + "UTC", Now));
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
