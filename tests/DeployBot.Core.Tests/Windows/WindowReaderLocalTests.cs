using System.Globalization;
using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Windows;

/// <summary>Windows written in German, French, Spanish and Portuguese: weekdays, "10h-18h", MEZ and named local times.</summary>
public sealed class WindowReaderLocalTests
{
    // Saturday 28 November 2026, 20:00 UTC (winter: CET is UTC+1, Brasília UTC-3).
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Mi 22:00-23:00 MEZ", "2026-12-02T21:00Z", "2026-12-02T22:00Z")]
    [InlineData("Di 18:00-20:00 MEZ", "2026-12-01T17:00Z", "2026-12-01T19:00Z")]
    [InlineData("Do 21:00-23:00 MEZ", "2026-12-03T20:00Z", "2026-12-03T22:00Z")]
    [InlineData("Samstag 22:00 bis 23:00 Uhr MEZ", "2026-11-28T21:00Z", "2026-11-28T22:00Z")]
    [InlineData("jeudi 10h-18h (heure de Paris)", "2026-12-03T09:00Z", "2026-12-03T17:00Z")]
    [InlineData("mardi de 22h30 à 23h30 CET", "2026-12-01T21:30Z", "2026-12-01T22:30Z")]
    [InlineData("jueves 23:00-00:00 CET", "2026-12-03T22:00Z", "2026-12-03T23:00Z")]
    [InlineData("viernes 13:00-14:00 hora peninsular", "2026-12-04T12:00Z", "2026-12-04T13:00Z")]
    [InlineData("sex 14h-16h BRT", "2026-12-04T17:00Z", "2026-12-04T19:00Z")]
    [InlineData("sáb 23:00-01:00 BRT", "2026-11-29T02:00Z", "2026-11-29T04:00Z")]
    [InlineData("quinta-feira 09:00-10:00 horário de Brasília", "2026-12-03T12:00Z", "2026-12-03T13:00Z")]
    [InlineData("mañana 22:00-23:00 UTC", "2026-11-29T22:00Z", "2026-11-29T23:00Z")]
    public void Read_LocalLanguageWindow_ReturnsTheInstants(string window, string start, string end)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.True(reading.IsReadable, window);
        Assert.Equal(Instant(start), reading.Start);
        Assert.Equal(Instant(end), reading.End);
        Assert.Equal(window, reading.Text);
    }

    [Theory]
    [InlineData("Mar 5 22:00-23:00 UTC", "2027-03-05T22:00Z")]
    [InlineData("Sun 04:00 UTC, 2h", "2026-11-29T04:00Z")]
    public void Read_EnglishWordsThatLookLocal_KeepTheirEnglishMeaning(string window, string start)
    {
        var reading = WindowReader.Read(window, Now);

        Assert.Equal(Instant(start), reading.Start);
    }

    [Fact]
    public void Read_LocalNow_IsNow()
    {
        Assert.True(WindowReader.Read("agora", Now).IsNow);
        Assert.True(WindowReader.Read("sofort", Now).IsNow);
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
