using DeployBot.OnCall.Tests.Support;
using DeployBot.Testing.OnCall;
using Microsoft.Extensions.Time.Testing;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.OnCall.Tests.Resolution;

public sealed class PagerDutyResolutionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private OnCallHarness _harness = null!;

    public async ValueTask InitializeAsync() => _harness = await OnCallHarness.StartAsync(_clock);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_PersonOnCallWithSlackAccount_MentionsThemAndSaysWhereTheyWereFound()
    {
        _harness.PagerDuty.AddShift(Jane(level: 1));
        _harness.Slack.Add("jane@example.com", "U0JANE");

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Equal("Jane Doe", target.DisplayName);
        Assert.Equal("PagerDuty schedule PSCHED1, escalation level 1", target.Source);
        Assert.Null(target.Note);
        var call = Assert.Single(_harness.PagerDuty.Calls);
        Assert.Equal($"Token token={OnCallHarness.PagerDutyToken}", call.Authorization);
        Assert.Equal("application/vnd.pagerduty+json;version=2", call.Accept.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("PSCHED1", call.Single("schedule_ids[]"));
        Assert.Equal("true", call.Single("earliest"));
        Assert.Equal("users", call.Single("include[]"));
    }

    [Fact]
    public async Task ResolveAsync_SeveralEscalationLevels_PingsTheLowestLevel()
    {
        _harness.PagerDuty.AddShift(new PagerDutyShift("PMGR", "Manager Max", "max@example.com", 3, Now.AddDays(-1), Now.AddDays(6)));
        _harness.PagerDuty.AddShift(new PagerDutyShift("PBACK", "Backup Bo", "bo@example.com", 2, Now.AddDays(-1), Now.AddDays(1)));
        _harness.PagerDuty.AddShift(Jane(level: 1));
        _harness.Slack.Add("jane@example.com", "U0JANE");
        _harness.Slack.Add("bo@example.com", "U0BO");

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.EndsWith("escalation level 1", target.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_EscalationPolicyConfigured_AsksByEscalationPolicy()
    {
        _harness.Settings["Environments:production:OnCall:ScheduleId"] = null;
        _harness.Settings["Environments:production:OnCall:EscalationPolicyId"] = "PPOLICY1";
        _harness.PagerDuty.AddShift(Jane(level: 1) with { ScheduleId = null });

        var target = await _harness.ResolveAsync("production", PlatformNames.Teams);

        Assert.Equal("jane@example.com", target.MentionId);
        Assert.Equal("PagerDuty escalation policy PPOLICY1, escalation level 1", target.Source);
        Assert.Equal("PPOLICY1", Assert.Single(_harness.PagerDuty.Calls).Single("escalation_policy_ids[]"));
    }

    [Fact]
    public async Task ResolveAsync_NoOneOnCall_PingsNobodyAndSaysWhy()
    {
        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Null(target.MentionId);
        Assert.Equal("PagerDuty schedule PSCHED1 has no one on call right now", target.Note);
    }

    [Fact]
    public async Task ResolveAsync_NoOneOnCallButStaticSlackIdConfigured_PingsTheFallbackAndSaysSo()
    {
        _harness.Settings["Environments:production:OnCall:Slack"] = "U0STATIC";
        _harness.Settings["Environments:production:OnCall:Name"] = "Prod On-Call";

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0STATIC", target.MentionId);
        Assert.Equal("Prod On-Call", target.DisplayName);
        Assert.Contains("has no one on call right now", target.Note, StringComparison.Ordinal);
        Assert.Contains("pinged the configured fallback (Environments:production:OnCall:Slack) instead", target.Note, StringComparison.Ordinal);
        Assert.StartsWith("static configuration", target.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_EmailHasNoSlackAccount_NamesThePersonInPlainText()
    {
        _harness.PagerDuty.AddShift(Jane(level: 1));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Null(target.MentionId);
        Assert.Equal("Jane Doe", target.DisplayName);
        Assert.Equal("jane@example.com has no Slack account with that e-mail", target.Note);
        Assert.Equal("PagerDuty schedule PSCHED1, escalation level 1", target.Source);
    }

    [Fact]
    public async Task ResolveAsync_EmailHasNoSlackAccountAndStaticIdConfigured_PingsTheFallbackNamingWhoIsOnCall()
    {
        _harness.Settings["Environments:production:OnCall:Slack"] = "U0STATIC";
        _harness.PagerDuty.AddShift(Jane(level: 1));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0STATIC", target.MentionId);
        Assert.Contains("Jane Doe is on call", target.Note, StringComparison.Ordinal);
        Assert.Contains("jane@example.com has no Slack account with that e-mail", target.Note, StringComparison.Ordinal);
        Assert.Contains("fallback", target.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_SlackLookupFails_NamesThePersonAndAsksSlackAgainNextTime()
    {
        _harness.PagerDuty.AddShift(Jane(level: 1));
        _harness.Slack.Failure = new Core.Platforms.ChatDeliveryException("Slack could not look up the on-call person (ratelimited).", permanent: false);

        var first = await _harness.ResolveAsync("production", PlatformNames.Slack);
        _harness.Slack.Failure = null;
        _harness.Slack.Add("jane@example.com", "U0JANE");
        var second = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Null(first.MentionId);
        Assert.Equal("Jane Doe", first.DisplayName);
        Assert.Contains("Slack could not look up jane@example.com", first.Note, StringComparison.Ordinal);
        Assert.Equal("U0JANE", second.MentionId);
    }

    [Fact]
    public async Task ResolveAsync_Teams_MentionsByEmailWithTheirName()
    {
        _harness.PagerDuty.AddShift(Jane(level: 1));

        var target = await _harness.ResolveAsync("production", PlatformNames.Teams);

        Assert.Equal("jane@example.com", target.MentionId);
        Assert.Equal("Jane Doe", target.DisplayName);
        Assert.Equal(0, _harness.Slack.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_Console_NamesThePerson()
    {
        _harness.PagerDuty.AddShift(Jane(level: 1));

        var target = await _harness.ResolveAsync("production", PlatformNames.Console);

        Assert.Null(target.MentionId);
        Assert.Equal("Jane Doe", target.DisplayName);
        Assert.Null(target.Note);
    }

    [Fact]
    public async Task ResolveAsync_TokenRejected_SaysWhichKeyToCheckWithoutShowingOrLoggingTheToken()
    {
        _harness.Settings["PagerDuty:ApiToken"] = "wrong-secret-token";

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Null(target.MentionId);
        Assert.Equal("PagerDuty rejected the API token (HTTP 401): check PagerDuty:ApiToken", target.Note);
        Assert.Single(_harness.PagerDuty.Calls);
        Assert.Contains(_harness.Logs.Lines, line => line.Contains("HTTP 401", StringComparison.Ordinal));
        Assert.DoesNotContain(_harness.Logs.Lines, line => line.Contains("wrong-secret-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_StaticProvider_UsesConfiguredIdsWithoutAskingPagerDuty()
    {
        _harness.Settings["Environments:production:OnCall:Provider"] = "Static";
        _harness.Settings["Environments:production:OnCall:Slack"] = "U0STATIC";

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0STATIC", target.MentionId);
        Assert.Equal("static configuration", target.Source);
        Assert.Empty(_harness.PagerDuty.Calls);
    }

    private static PagerDutyShift Jane(int level) =>
        new("PJANE", "Jane Doe", "jane@example.com", level, Now.AddHours(-20), Now.AddHours(3));
}
