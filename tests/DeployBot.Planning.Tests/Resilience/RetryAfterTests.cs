using DeployBot.Planning.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Planning.Tests.Resilience;

public sealed class RetryAfterTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    [InlineData("2.5", 2.5)]
    [InlineData("Sat, 01 Mar 2025 12:00:30 GMT", 30)]
    [InlineData("Sat, 01 Mar 2025 11:59:00 GMT", 0)]
    public void Parse_ValidHeader_ReturnsTheWait(string header, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(header, Time));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-3")]
    public void Parse_MissingOrInvalidHeader_ReturnsNull(string? header)
    {
        Assert.Null(RetryAfter.Parse(header, Time));
    }
}
