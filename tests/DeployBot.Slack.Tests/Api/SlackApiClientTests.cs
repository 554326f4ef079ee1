using System.Diagnostics;
using DeployBot.Slack.Api;
using DeployBot.Slack.Tests.Support;
using DeployBot.Testing.Slack;

namespace DeployBot.Slack.Tests.Api;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private SlackTestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await SlackTestApp.StartAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task PostMessage_Success_SendsBearerTokenAndReturnsTheTs()
    {
        var posted = await CreateSut().PostMessageAsync("C1", new SlackMessage("hello"), null, TestContext.Current.CancellationToken);

        var call = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.Equal($"Bearer {_app.Slack.BotToken}", call.Authorization);
        Assert.Equal(("C1", "hello"), (call["channel"], call["text"]));
        Assert.Equal("C1", posted.Channel);
        Assert.Matches(@"^\d{10}\.\d{6}$", posted.Ts);
    }

    [Fact]
    public async Task PostMessage_OkFalse_ThrowsTypedErrorWithSlacksCodeAndDoesNotRetry()
    {
        _app.Slack.FailNext("chat.postMessage", SlackFailure.ApiError("not_in_channel"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => CreateSut().PostMessageAsync("C1", new SlackMessage("hi"), null, TestContext.Current.CancellationToken));

        Assert.Equal(("chat.postMessage", "not_in_channel"), (error.Method, error.Error));
        Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostMessage_RateLimitedOnce_WaitsRetryAfterThenSucceeds()
    {
        _app.Slack.FailNext("chat.postMessage", SlackFailure.RateLimited(retryAfterSeconds: 1));
        var clock = Stopwatch.StartNew();

        await CreateSut().PostMessageAsync("C1", new SlackMessage("hi"), null, TestContext.Current.CancellationToken);

        Assert.Equal(2, _app.Slack.CallsTo("chat.postMessage").Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}, before Retry-After");
    }

    [Fact]
    public async Task PostMessage_ServerErrorsThenSuccess_Retries()
    {
        _app.Slack.FailNext("chat.postMessage", SlackFailure.ServerError(503), times: 2);

        await CreateSut().PostMessageAsync("C1", new SlackMessage("hi"), null, TestContext.Current.CancellationToken);

        Assert.Equal(3, _app.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_ServerErrorsEveryTime_GivesUpAfterTheCappedAttempts()
    {
        _app.Slack.FailNext("chat.postMessage", SlackFailure.ServerError(500), times: 10);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => CreateSut().PostMessageAsync("C1", new SlackMessage("hi"), null, TestContext.Current.CancellationToken));

        Assert.Equal("http_500", error.Error);
        Assert.Equal(1 + DeployBot.Slack.SlackResilience.MaxRetryAttempts, _app.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_RateLimitedForLongerThanWeHold_FailsAtOnceWithTheRetryAfter()
    {
        _app.Slack.FailNext("chat.postMessage", SlackFailure.RateLimited(retryAfterSeconds: 120));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => CreateSut().PostMessageAsync("C1", new SlackMessage("hi"), null, TestContext.Current.CancellationToken));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostToResponseUrl_SendsNoBearerToken()
    {
        var url = new Uri(_app.Slack.NewResponseUrl());

        await CreateSut().PostToResponseUrlAsync(url, new ResponseUrlMessage("only you"), TestContext.Current.CancellationToken);

        var call = Assert.Single(_app.Slack.CallsTo("response_url"));
        Assert.Null(call.Authorization);
        Assert.Equal(("only you", "ephemeral", "false"), (call["text"], call["response_type"], call["replace_original"]));
    }

    [Fact]
    public async Task LookupUserByEmail_UnknownPerson_ReturnsNull()
    {
        _app.Slack.AddUser("dana@example.com", "U0DANA");
        var sut = CreateSut();

        Assert.Equal("U0DANA", await sut.LookupUserByEmailAsync("dana@example.com", TestContext.Current.CancellationToken));
        Assert.Null(await sut.LookupUserByEmailAsync("nobody@example.com", TestContext.Current.CancellationToken));
    }

    private SlackApiClient CreateSut() => _app.Get<SlackApiClient>();
}
