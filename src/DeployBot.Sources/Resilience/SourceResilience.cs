using DeployBot.Sources.Options;
using DeployBot.Sources.Safety;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DeployBot.Sources.Resilience;

/// <summary>
/// The one retry layer for reading a link (Octokit retries nothing itself): 5xx, transport errors, attempt timeouts,
/// and rate limits whose wait (<c>Retry-After</c>, <c>X-RateLimit-Reset</c>) fits <see cref="SourceLimits.MaxRateLimitWait"/>.
/// A longer rate-limit wait is not sat out: it surfaces, and the requester is told when to try again. Refusals for
/// safety are never retried.
/// </summary>
internal static class SourceResilience
{
    public const string PipelineName = "deploybot-sources";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, SourcesOptions options, TimeProvider time)
    {
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = SourceLimits.TotalTimeout, Name = PipelineName + "-total" })
            .AddRetry(new HttpRetryStrategyOptions
            {
                Name = PipelineName + "-retry",
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response && RateLimit.IsLimited(response) ? RateLimit.Wait(response, time) : null),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && ShouldRetry(args.Outcome, time)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds), Name = PipelineName + "-attempt" });
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeProvider time)
    {
        if (SourceBlockedException.In(outcome.Exception) is not null)
        {
            return false;
        }

        if (outcome.Result is { } response && RateLimit.IsLimited(response))
        {
            return (RateLimit.Wait(response, time) ?? TimeSpan.Zero) <= SourceLimits.MaxRateLimitWait;
        }

        return HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
