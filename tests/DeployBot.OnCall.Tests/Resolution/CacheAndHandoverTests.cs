using DeployBot.OnCall.Tests.Support;
using DeployBot.Testing.OnCall;
using Microsoft.Extensions.Time.Testing;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.OnCall.Tests.Resolution;

public sealed class CacheAndHandoverTests : IAsyncLifetime
{
    // Saturday 28 November 2026, 20:00 UTC. Jane's shift ends at 23:00; Sam takes over until Sunday 23:00.
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Handover = Now.AddHours(3);
    private readonly FakeTimeProvider _clock = new(Now);
    private OnCallHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _harness = await OnCallHarness.StartAsync(_clock);
        _harness.PagerDuty.AddShift(new PagerDutyShift("PJANE", "Jane Doe", "jane@example.com", 1, Now.AddHours(-21), Handover));
        _harness.PagerDuty.AddShift(new PagerDutyShift("PSAM", "Sam Lee", "sam@example.com", 1, Handover, Handover.AddDays(1)));
        _harness.Slack.Add("jane@example.com", "U0JANE");
        _harness.Slack.Add("sam@example.com", "U0SAM");
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_AgainBeforeTheShiftEnds_AnswersFromTheCache()
    {
        await _harness.ResolveAsync("production", PlatformNames.Slack);
        _clock.Advance(TimeSpan.FromHours(2.9));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Single(_harness.PagerDuty.Calls);
        Assert.Equal(1, _harness.Slack.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_AfterTheShiftEnds_AsksAgainAndPingsTheNextPerson()
    {
        await _harness.ResolveAsync("production", PlatformNames.Slack);
        _clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0SAM", target.MentionId);
        Assert.Equal(2, _harness.PagerDuty.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_OtherPlatform_IsCachedSeparately()
    {
        await _harness.ResolveAsync("production", PlatformNames.Slack);

        var teams = await _harness.ResolveAsync("production", PlatformNames.Teams);

        Assert.Equal("jane@example.com", teams.MentionId);
        Assert.Equal(2, _harness.PagerDuty.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_FailedLookup_IsNotCached()
    {
        _harness.PagerDuty.FailNext(PagingFailure.Status(401));
        await _harness.ResolveAsync("production", PlatformNames.Slack);

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
    }

    [Theory]
    [InlineData("2026-11-28 22:00-23:30 UTC")]
    [InlineData("Sat 22:30-00:30 UTC")]
    [InlineData("2026-11-28T22:00Z/2026-11-29T01:00Z")]
    [InlineData("22:00-01:00 Europe/Berlin")]
    [InlineData("10pm-midnight GMT")]
    [InlineData("now until 23:30 UTC")]
    [InlineData("asap for 4h")]
    [InlineData("Sat 22:30 UTC, 90 min")]
    [InlineData("2026-11-28 18:00-23:30 UTC")]
    public async Task ResolveAsync_WindowCrossesTheShiftEnd_SaysWhoIsOnCallAfterTheHandover(string window)
    {
        var target = await _harness.ResolveAsync("production", PlatformNames.Slack, window);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Equal("Sam Lee (on call from Sat 28 Nov 23:00 UTC)", target.AfterHandover);
        var probe = _harness.PagerDuty.Calls[^1];
        Assert.Equal("2026-11-28T23:00:00Z", probe.Single("since"));
        Assert.NotNull(probe.Single("until"));
    }

    [Theory]
    [InlineData("2026-11-28 21:00-22:30 UTC")]
    [InlineData("Sat 21:00-22:00 UTC")]
    [InlineData("sometime after dinner")]
    [InlineData("22:00-23:30")]
    [InlineData("now")]
    [InlineData("2026-11-28 19:00-20:00 UTC")]
    [InlineData(null)]
    public async Task ResolveAsync_WindowInsideTheShiftOrUnclear_AddsNoHandoverAndNoCall(string? window)
    {
        var target = await _harness.ResolveAsync("production", PlatformNames.Slack, window);

        Assert.Null(target.AfterHandover);
        Assert.Single(_harness.PagerDuty.Calls);
    }

    [Fact]
    public async Task ResolveAsync_SamePersonAfterTheShiftEnd_AddsNoHandover()
    {
        _harness.PagerDuty.AddShift(new PagerDutyShift("PJANE", "Jane Doe", "jane@example.com", 1, Now.AddHours(-1), Handover, ScheduleId: "PSCHED2"));
        _harness.PagerDuty.AddShift(new PagerDutyShift("PJANE", "Jane Doe", "jane@example.com", 1, Handover, Handover.AddDays(1), ScheduleId: "PSCHED2"));
        _harness.Settings["Environments:production:OnCall:ScheduleId"] = "PSCHED2";

        var target = await _harness.ResolveAsync("production", PlatformNames.Teams, "2026-11-28 22:30-23:45 UTC");

        Assert.Equal("jane@example.com", target.MentionId);
        Assert.Null(target.AfterHandover);
        Assert.Equal(2, _harness.PagerDuty.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_HandoverLookupFails_StillPingsAndSaysTheHandoverWasNotChecked()
    {
        await _harness.ResolveAsync("production", PlatformNames.Slack);
        _harness.PagerDuty.FailNext(PagingFailure.Status(401));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack, "2026-11-28 22:00-23:30 UTC");

        Assert.Equal("U0JANE", target.MentionId);
        Assert.StartsWith("could not be checked for Sat 28 Nov 23:00 UTC (PagerDuty rejected the API token (HTTP 401)", target.AfterHandover, StringComparison.Ordinal);
    }
}
