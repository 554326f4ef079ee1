using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DeployBot.Slack;

/// <summary>
/// The one retry layer for Slack Web API calls: 429 (waiting as long as <c>Retry-After</c> says), 5xx, transport errors and
/// attempt timeouts, with attempts and total time capped. A 429 asking for a longer wait than we will hold a request is
/// not retried here: it surfaces as <c>ratelimited</c> with its Retry-After so the job queue waits instead.
/// </summary>
internal static class SlackResilience
{
    public const string PipelineName = "deploybot-slack";
    public const int MaxRetryAttempts = 3;
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(45);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TotalTimeout, Name = "slack-total" })
            .AddRetry(new HttpRetryStrategyOptions
            {
                Name = "slack-retry",
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = AttemptTimeout, Name = "slack-attempt" });
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited)
        {
            return (limited.Headers.RetryAfter?.Delta ?? TimeSpan.Zero) <= MaxRetryAfter;
        }

        return HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
