using DeployBot.OnCall.Tests.Support;
using DeployBot.Testing.OnCall;
using Microsoft.Extensions.Time.Testing;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.OnCall.Tests.Resolution;

public sealed class OpsgenieResolutionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private OnCallHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _harness = await OnCallHarness.StartAsync(_clock);
        _harness.Opsgenie.AddSchedule("og-sched");
        _harness.Slack.Add("jane@example.com", "U0JANE");
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_RecipientHasSlackAccount_MentionsThem()
    {
        _harness.Opsgenie.AddShift(new OpsgenieShift("og-sched", "jane@example.com", Now.AddHours(-1), Now.AddHours(3)));

        var target = await _harness.ResolveAsync("staging", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Equal("jane@example.com", target.DisplayName);
        Assert.Equal("Opsgenie schedule og-sched", target.Source);
        var call = Assert.Single(_harness.Opsgenie.Calls);
        Assert.Equal("/v2/schedules/og-sched/on-calls", call.Path);
        Assert.Equal("true", call.Single("flat"));
        Assert.Equal($"GenieKey {OnCallHarness.OpsgenieKey}", call.Authorization);
    }

    [Fact]
    public async Task ResolveAsync_NoShiftEnd_CachesForFiveMinutesOnly()
    {
        _harness.Opsgenie.AddShift(new OpsgenieShift("og-sched", "jane@example.com", Now.AddHours(-1), Now.AddHours(3)));
        await _harness.ResolveAsync("staging", PlatformNames.Slack);
        _clock.Advance(TimeSpan.FromMinutes(4));
        await _harness.ResolveAsync("staging", PlatformNames.Slack);
        Assert.Single(_harness.Opsgenie.Calls);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await _harness.ResolveAsync("staging", PlatformNames.Slack);

        Assert.Equal(2, _harness.Opsgenie.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_NoOneOnCall_SaysSo()
    {
        var target = await _harness.ResolveAsync("staging", PlatformNames.Slack);

        Assert.Null(target.MentionId);
        Assert.Equal("Opsgenie schedule og-sched has no one on call right now", target.Note);
    }

    [Fact]
    public async Task ResolveAsync_KeyRejected_SaysWhichKeyToCheck()
    {
        _harness.Settings["Opsgenie:ApiKey"] = "wrong-opsgenie-key";

        var target = await _harness.ResolveAsync("staging", PlatformNames.Teams);

        Assert.Null(target.MentionId);
        Assert.Equal("Opsgenie rejected the API key (HTTP 401): check Opsgenie:ApiKey", target.Note);
        Assert.DoesNotContain(_harness.Logs.Lines, line => line.Contains("wrong-opsgenie-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_UnknownSchedule_SaysWhichSettingToCheck()
    {
        _harness.Settings["Environments:staging:OnCall:ScheduleId"] = "no-such-schedule";

        var target = await _harness.ResolveAsync("staging", PlatformNames.Slack);

        Assert.Equal("Opsgenie has no schedule no-such-schedule (HTTP 404): check Environments:staging:OnCall:ScheduleId", target.Note);
    }

    [Fact]
    public async Task ResolveAsync_ScheduleChangesInsideTheWindow_SaysWhoIsOnCallThen()
    {
        _harness.Opsgenie.AddShift(new OpsgenieShift("og-sched", "jane@example.com", Now.AddHours(-1), Now.AddHours(3)));
        _harness.Opsgenie.AddShift(new OpsgenieShift("og-sched", "sam@example.com", Now.AddHours(3), Now.AddHours(27)));

        var target = await _harness.ResolveAsync("staging", PlatformNames.Slack, "2026-11-28 22:00-23:30 UTC");

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Equal("sam@example.com (on call at Sat 28 Nov 23:29 UTC)", target.AfterHandover);
        Assert.Equal("2026-11-28T23:29:00+00:00", _harness.Opsgenie.Calls[^1].Single("date"));
    }
}
