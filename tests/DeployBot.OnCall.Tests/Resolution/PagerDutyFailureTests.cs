using DeployBot.OnCall.Tests.Support;
using DeployBot.Testing.OnCall;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.OnCall.Tests.Resolution;

/// <summary>Retries and timeouts wait for real, so these run on the system clock with short limits.</summary>
public sealed class PagerDutyFailureTests : IAsyncLifetime
{
    private OnCallHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _harness = await OnCallHarness.StartAsync(TimeProvider.System);
        var now = TimeProvider.System.GetUtcNow();
        _harness.PagerDuty.AddShift(new PagerDutyShift("PJANE", "Jane Doe", "jane@example.com", 1, now.AddHours(-1), now.AddHours(4)));
        _harness.Slack.Add("jane@example.com", "U0JANE");
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_RateLimitedOnceWithRetryAfter_WaitsAsToldThenPings()
    {
        _harness.PagerDuty.FailNext(PagingFailure.RateLimited(retryAfterSeconds: 1));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
        var calls = _harness.PagerDuty.Calls;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {calls[1].At - calls[0].At}, before Retry-After");
    }

    [Fact]
    public async Task ResolveAsync_RateLimitedOnEveryAttempt_GivesUpAfterCappedAttemptsWithNote()
    {
        _harness.Settings["PagerDuty:MaxRetryAttempts"] = "1";
        _harness.PagerDuty.FailNext(PagingFailure.RateLimited(retryAfterSeconds: 1), times: 10);

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Null(target.MentionId);
        Assert.Equal("PagerDuty kept rate-limiting DeployBot (HTTP 429); the next plan will ask again", target.Note);
        Assert.Equal(2, _harness.PagerDuty.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_RetryAfterLongerThanDeployBotWaits_DoesNotRetry()
    {
        _harness.PagerDuty.FailNext(PagingFailure.RateLimited(retryAfterSeconds: 600));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Contains("HTTP 429", target.Note, StringComparison.Ordinal);
        Assert.Single(_harness.PagerDuty.Calls);
    }

    [Fact]
    public async Task ResolveAsync_ServerErrorOnce_RetriesAndPings()
    {
        _harness.PagerDuty.FailNext(PagingFailure.Status(503));

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Equal(2, _harness.PagerDuty.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_PagerDutyHangs_TimesOutAndPostsWithStaticFallback()
    {
        _harness.Settings["PagerDuty:TimeoutSeconds"] = "1";
        _harness.Settings["PagerDuty:MaxRetryAttempts"] = "1";
        _harness.Settings["Environments:production:OnCall:Teams:Id"] = "oncall@example.com";
        _harness.Settings["Environments:production:OnCall:Teams:Name"] = "Prod On-Call";
        _harness.PagerDuty.FailNext(PagingFailure.Hangs(), times: 5);

        var target = await _harness.ResolveAsync("production", PlatformNames.Teams);

        Assert.Equal("oncall@example.com", target.MentionId);
        Assert.Equal("Prod On-Call", target.DisplayName);
        Assert.StartsWith("PagerDuty did not answer in time; pinged the configured fallback (Environments:production:OnCall:Teams:Id)", target.Note, StringComparison.Ordinal);
        Assert.Equal(2, _harness.PagerDuty.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_PagerDutyUnreachable_SaysSoWithoutThrowing()
    {
        _harness.Settings["PagerDuty:ApiBaseUrl"] = "http://127.0.0.1:1/";
        _harness.Settings["PagerDuty:MaxRetryAttempts"] = "0";

        var target = await _harness.ResolveAsync("production", PlatformNames.Slack);

        Assert.Null(target.MentionId);
        Assert.StartsWith("PagerDuty could not be reached", target.Note, StringComparison.Ordinal);
    }
}

/// <summary>Opsgenie's failures that need real waiting (the resilience pipeline runs on the host's clock).</summary>
public sealed class OpsgenieFailureTests : IAsyncLifetime
{
    private OnCallHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _harness = await OnCallHarness.StartAsync(TimeProvider.System);
        var now = TimeProvider.System.GetUtcNow();
        _harness.Opsgenie.AddShift(new OpsgenieShift("og-sched", "jane@example.com", now.AddHours(-1), now.AddHours(4)));
        _harness.Slack.Add("jane@example.com", "U0JANE");
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_OpsgenieHangs_TimesOutAndPostsWithNote()
    {
        _harness.Settings["Opsgenie:MaxRetryAttempts"] = "0";
        _harness.Settings["Opsgenie:TimeoutSeconds"] = "1";
        _harness.Opsgenie.FailNext(PagingFailure.Hangs());

        var target = await _harness.ResolveAsync("staging", PlatformNames.Slack);

        Assert.Null(target.MentionId);
        Assert.Equal("Opsgenie did not answer in time", target.Note);
    }

    [Fact]
    public async Task ResolveAsync_OpsgenieRateLimitsOnce_WaitsAndPings()
    {
        _harness.Opsgenie.FailNext(PagingFailure.RateLimited(retryAfterSeconds: 1));

        var target = await _harness.ResolveAsync("staging", PlatformNames.Slack);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Equal(2, _harness.Opsgenie.Calls.Count);
    }

    [Fact]
    public async Task ResolveAsync_OpsgenieFailsOnEveryAttempt_SaysItFailed()
    {
        _harness.Opsgenie.FailNext(PagingFailure.Status(502), times: 10);

        var target = await _harness.ResolveAsync("staging", PlatformNames.Slack);

        Assert.Equal("Opsgenie failed (HTTP 502); the next plan will ask again", target.Note);
        Assert.Equal(3, _harness.Opsgenie.Calls.Count);
    }
}
