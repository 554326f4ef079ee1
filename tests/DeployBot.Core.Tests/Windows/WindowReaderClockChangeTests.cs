using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Windows;

/// <summary>
/// Windows on the night the clocks change, the classic 2 a.m. trap: a time the clocks skip is named as such (not "can't
/// read"), and a window the change falls into says so next to its UTC times, with its real length.
/// </summary>
public sealed class WindowReaderClockChangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2027-03-28 02:30-03:30 Europe/Berlin", "02:30 does not exist in Europe/Berlin on Sun 28 Mar 2027: clocks go forward from 02:00 to 03:00")]
    [InlineData("2027-03-28 01:00-02:30 Europe/Berlin", "02:30 does not exist in Europe/Berlin on Sun 28 Mar 2027: clocks go forward from 02:00 to 03:00")]
    [InlineData("2027-03-14 02:15-04:00 PT", "02:15 does not exist in PT on Sun 14 Mar 2027: clocks go forward from 02:00 to 03:00")]
    public void Read_TimeTheClocksSkip_IsNamedAsTheProblem(string window, string problem)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.False(reading.IsReadable);
        Assert.Equal(problem, reading.Problem);
        Assert.Equal($"Can't use WINDOW \"{window}\": {problem}; give a time that exists there, or the window in UTC.", WindowProblems.Describe(window, Now));
    }

    [Fact]
    public void Read_WindowOverTheNightClocksGoBack_SaysSoAndCountsTheRealLength()
    {
        var reading = WindowReader.Read("2027-10-31 01:00-04:00 Europe/Berlin", Now);

        Assert.Equal(240, reading.Minutes);
        Assert.Equal("Sat 23:00 – Sun 03:00 UTC", reading.UtcText);
        Assert.Equal("in Europe/Berlin clocks go back from 03:00 to 02:00 at Sun 31 Oct 01:00 UTC", reading.ClockChange);
    }

    [Fact]
    public void Read_WindowOverTheNightClocksGoForward_SaysSoAndCountsTheRealLength()
    {
        var reading = WindowReader.Read("2027-03-14 01:00-04:00 PT", Now);

        Assert.Equal(120, reading.Minutes);
        Assert.Equal("in PT clocks go forward from 02:00 to 03:00 at Sun 14 Mar 10:00 UTC", reading.ClockChange);
    }

    [Theory]
    [InlineData("2027-03-28 01:00-04:00 CET")]
    [InlineData("Sat 22:00-23:00 Europe/Berlin")]
    [InlineData("2027-03-28 03:00-04:00 Europe/Berlin")]
    public void Read_NoClockChangeInsideTheWindow_SaysNothingAboutIt(string window)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.True(reading.IsReadable);
        Assert.Null(reading.ClockChange);
        Assert.Null(reading.Problem);
    }
}
