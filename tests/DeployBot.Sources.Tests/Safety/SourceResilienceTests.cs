using System.Net;
using DeployBot.Sources.Options;
using DeployBot.Sources.Resilience;
using DeployBot.Sources.Safety;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace DeployBot.Sources.Tests.Safety;

public sealed class SourceResilienceTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Wait_GitHubRateLimitReset_IsTheTimeUntilTheReset()
    {
        using var response = Limited(HttpStatusCode.Forbidden, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", Clock.GetUtcNow().AddSeconds(8).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(RateLimit.IsLimited(response));
        Assert.Equal(TimeSpan.FromSeconds(8), RateLimit.Wait(response, Clock));
        Assert.True(SourceResilience.ShouldRetry(Outcome.FromResult(response), Clock));
    }

    [Fact]
    public void ShouldRetry_RateLimitLongerThanTheCap_IsFalse()
    {
        using var response = Limited(HttpStatusCode.TooManyRequests, ("Retry-After", "3600"));

        Assert.Equal(TimeSpan.FromHours(1), RateLimit.Wait(response, Clock));
        Assert.False(SourceResilience.ShouldRetry(Outcome.FromResult(response), Clock));
    }

    [Fact]
    public void ShouldRetry_ForbiddenWithoutRateLimitHeaders_IsFalse()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);

        Assert.False(RateLimit.IsLimited(response));
        Assert.False(SourceResilience.ShouldRetry(Outcome.FromResult(response), Clock));
    }

    [Fact]
    public void ShouldRetry_RefusedForSafety_IsFalseEvenInsideATransportError()
    {
        var refused = new HttpRequestException("connect", new SourceBlockedException("private"));

        Assert.False(SourceResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(refused), Clock));
        Assert.True(SourceResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), Clock));
    }

    [Fact]
    public void Configure_Pipeline_IsTotalTimeoutRetryAttemptTimeout()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();

        SourceResilience.Configure(builder, new SourcesOptions(), Clock);
        var strategies = Polly.Testing.ResiliencePipelineExtensions.GetPipelineDescriptor(builder.Build()).Strategies;

        Assert.Equal(["deploybot-sources-total", "deploybot-sources-retry", "deploybot-sources-attempt"], strategies.Select(s => s.StrategyInstance is null ? null : s.Options?.Name));
    }

    private static HttpResponseMessage Limited(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
