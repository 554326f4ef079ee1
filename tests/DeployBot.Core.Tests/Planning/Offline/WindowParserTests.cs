using DeployBot.Core.Planning.Offline;

namespace DeployBot.Core.Tests.Planning.Offline;

public sealed class WindowParserTests
{
    [Theory]
    [InlineData("Sat 02:00-04:00 UTC", 120)]
    [InlineData("22:00–01:00 CET", 180)]
    [InlineData("9pm to 11pm", 120)]
    [InlineData("2025-06-01 02:00 until 03:15", 75)]
    [InlineData("2h", 120)]
    [InlineData("90 minutes", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("1.5 hours on Sunday", 90)]
    public void Minutes_CommonWindowFormats_AreRead(string window, int expected)
    {
        Assert.Equal(expected, WindowParser.Minutes(window));
    }

    [Theory]
    [InlineData("after the Friday stand-up")]
    [InlineData("2025-06-01")]
    [InlineData("Sat 2 May")]
    [InlineData("02:00-02:00")]
    [InlineData("25:00-26:00")]
    public void Minutes_NoReadableLength_IsNull(string window)
    {
        Assert.Null(WindowParser.Minutes(window));
    }
}
