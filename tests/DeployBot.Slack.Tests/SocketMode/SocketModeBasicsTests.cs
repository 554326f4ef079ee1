using System.Text.Json;
using DeployBot.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeployBot.Slack.Tests.SocketMode;

/// <summary>Frames read as Slack's SDKs keep them, the configuration rules of Socket Mode, the backoff and the URL check.</summary>
public sealed class SocketModeBasicsTests
{
    [Fact]
    public void Parse_PythonSdkSlashCommandEnvelope_ReadsIdTypeAndThatAPayloadIsAccepted()
    {
        var frame = Assert.IsType<EnvelopeFrame>(SocketFrame.Parse(SocketEnvelopes.Frame("slash-commands-envelope-python-sdk.json").ToJsonString()));

        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", frame.EnvelopeId);
        Assert.Equal("slash_commands", frame.Type);
        Assert.True(frame.AcceptsResponsePayload);
        Assert.Equal(0, frame.RetryAttempt);
        Assert.Equal("U111", SocketEnvelopeRouter.Fields(frame.Payload)["user_id"]);
    }

    [Fact]
    public void Parse_RetriedEventsEnvelope_ReadsRetryAttemptAndReason()
    {
        var frame = Assert.IsType<EnvelopeFrame>(SocketFrame.Parse(SocketEnvelopes.Frame("events-api-retry-python-slack-events-api-93.json").ToJsonString()));

        Assert.Equal((1, "timeout", false), (frame.RetryAttempt, frame.RetryReason, frame.AcceptsResponsePayload));
    }

    [Fact]
    public void Parse_HelloAndDisconnect_AreConnectionFrames()
    {
        Assert.Equal(new HelloFrame(2), SocketFrame.Parse(SocketEnvelopes.Frame("hello-python-sdk.json").ToJsonString()));
        Assert.Equal(new DisconnectFrame("refresh_requested"), SocketFrame.Parse(SocketEnvelopes.Frame("disconnect-refresh-requested.json").ToJsonString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"envelope_id\":\"x\"}")]
    public void Parse_NotAFrame_IsNull(string text) => Assert.Null(SocketFrame.Parse(text));

    [Fact]
    public void Acknowledgement_WithAnAnswer_CarriesItAsPayload_AndABadRequestNever()
    {
        var envelope = new EnvelopeFrame("e-1", "slash_commands", default, true, 0, null);

        var answered = JsonSerializer.Serialize(SocketEnvelopeHandler.Acknowledgement(envelope, DeployBot.Slack.Handlers.SlackAck.Ephemeral("hi")), DeployBot.Slack.Api.SlackJson.Options);
        var refused = JsonSerializer.Serialize(SocketEnvelopeHandler.Acknowledgement(envelope, DeployBot.Slack.Handlers.SlackAck.BadRequest("no user")), DeployBot.Slack.Api.SlackJson.Options);

        Assert.Equal("{\"envelope_id\":\"e-1\",\"payload\":{\"text\":\"hi\",\"response_type\":\"ephemeral\"}}", answered);
        Assert.Equal("{\"envelope_id\":\"e-1\"}", refused);
    }

    [Fact]
    public void Validate_AppAndBotTokenWithoutSigningSecret_Succeeds()
    {
        var options = new SlackOptions { AppToken = "xapp-1-A1-2-abc", BotToken = "xoxb-1" };

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.IsSocketMode);
        Assert.False(options.IsHttpMode);
    }

    [Fact]
    public void Validate_AppTokenWithoutBotToken_FailsWithOneLineNamingBoth()
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { AppToken = "xapp-1-A1-2-abc" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Slack:AppToken", failure, StringComparison.Ordinal);
        Assert.Contains("Slack:BotToken is empty", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AppTokenThatIsABotToken_FailsWithoutEchoingIt()
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { AppToken = "xoxb-secret-value", BotToken = "xoxb-1" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("xapp-", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSlackChannel_AppTokenWithoutBotToken_StopsTheHostAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddSlackChannel();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-1-A1-2-abc" });
        builder.Services.AddSingleton(NSubstitute.Substitute.For<Core.Storage.IDeliveryDeduplicator>());
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Slack:BotToken", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_GrowsWithFailures_StaysWithinHalfToAllOfItsCeiling_AndIsCapped()
    {
        var tuning = new SocketModeTuning { InitialBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(30) };
        var random = new Random(7);

        for (var failures = 0; failures < 12; failures++)
        {
            var ceiling = Math.Min(Math.Pow(2, failures), 30);
            var delay = ReconnectBackoff.Delay(failures, tuning, random).TotalSeconds;
            Assert.InRange(delay, ceiling / 2, ceiling);
        }
    }

    [Fact]
    public void Backoff_SameFailureCount_Jitters()
    {
        var tuning = new SocketModeTuning();
        var random = new Random(11);

        var delays = Enumerable.Range(0, 20).Select(_ => ReconnectBackoff.Delay(3, tuning, random)).Distinct().Count();

        Assert.True(delays > 1, "replicas reconnecting after the same outage should not come back in step");
    }

    [Theory]
    [InlineData("wss://wss-primary.slack.com/link/?ticket=abc", true)]
    [InlineData("ws://127.0.0.1:5000/link/?ticket=abc", true)]
    [InlineData("ws://localhost:5000/link/", true)]
    [InlineData("ws://wss-primary.slack.com/link/?ticket=abc", false)]
    [InlineData("https://wss-primary.slack.com/link/", false)]
    public void IsAllowed_OnlyWssOrLoopbackWs(string url, bool allowed) =>
        Assert.Equal(allowed, SocketModeService.IsAllowed(new Uri(url)));
}
