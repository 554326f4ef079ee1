using System.Net;
using DeployBot.OnCall.Options;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DeployBot.OnCall.Providers;

/// <summary>
/// The one retry layer for a paging tool's calls: 429 (waiting as long as <c>Retry-After</c> says, up to a cap), 5xx,
/// transport errors and attempt timeouts; attempts and total time capped. A plan never waits long for on-call: past the
/// cap it posts with a note instead.
/// </summary>
internal static class ProviderResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, OnCallProviderOptions options, string name)
    {
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds), Name = name + "-total" })
            .AddRetry(new HttpRetryStrategyOptions
            {
                Name = name + "-retry",
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && ShouldRetry(args.Outcome)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds), Name = name + "-attempt" });
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited)
        {
            return (limited.Headers.RetryAfter?.Delta ?? TimeSpan.Zero) <= OnCallDefaults.MaxRetryAfter;
        }

        return HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
