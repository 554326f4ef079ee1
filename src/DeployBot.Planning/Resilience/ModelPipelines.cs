using DeployBot.Planning.Model;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace DeployBot.Planning.Resilience;

/// <summary>
/// The one retry layer of every model call, outermost first: the overall time budget, the circuit breaker (one
/// outcome per plan, so a dead model is skipped rather than retried by every request), the retry (exponential
/// backoff with jitter, <c>Retry-After</c> honoured but never past the budget) and the per-attempt timeout.
/// </summary>
internal static class ModelPipelines
{
    /// <summary>When the current call's budget runs out; the retry never waits past it.</summary>
    public static readonly ResiliencePropertyKey<DateTimeOffset> Deadline = new("deploybot.model.deadline");

    public static void Configure(ResiliencePipelineBuilder builder, ModelOptions options, int maxAttempts, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var time = builder.TimeProvider ?? TimeProvider.System;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "model-budget", Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds) });
        builder.AddCircuitBreaker(CircuitBreaker(options, logger));
        if (maxAttempts > 1)
        {
            builder.AddRetry(Retry(options, maxAttempts, time, logger));
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "model-attempt", Timeout = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds) });
    }

    private static CircuitBreakerStrategyOptions CircuitBreaker(ModelOptions options, ILogger logger) => new()
    {
        Name = "model-circuit",
        FailureRatio = 0.5,
        MinimumThroughput = options.CircuitBreakerMinimumThroughput,
        // The window must hold several whole plan calls, each of which may use the full budget.
        SamplingDuration = TimeSpan.FromSeconds(Math.Max(60, options.TotalTimeoutSeconds * options.CircuitBreakerMinimumThroughput)),
        BreakDuration = TimeSpan.FromSeconds(options.CircuitBreakDurationSeconds),
        ShouldHandle = new PredicateBuilder().Handle<Exception>(ModelFailure.IsUnavailable),
        OnOpened = args =>
        {
            Log.CircuitOpened(logger, args.BreakDuration.TotalSeconds);
            return ValueTask.CompletedTask;
        },
    };

    private static RetryStrategyOptions Retry(ModelOptions options, int maxAttempts, TimeProvider time, ILogger logger) => new()
    {
        Name = "model-retry",
        MaxRetryAttempts = maxAttempts - 1,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
        MaxDelay = TimeSpan.FromSeconds(30),
        // A server that asks us to wait past the budget gets no pointless wait: the offline plan comes now instead.
        ShouldHandle = args => ValueTask.FromResult(
            args.Outcome.Exception is { } exception && ModelFailure.IsRetryable(exception) && !WaitsPastBudget(exception, args.Context, time)),
        DelayGenerator = args => ValueTask.FromResult(RetryAfterWithinBudget(args.Outcome.Exception, args.Context, time)),
        OnRetry = args =>
        {
            ModelTelemetry.Retried(args.Outcome.Exception?.GetType().Name);
            Log.AttemptFailed(logger, args.AttemptNumber + 1, args.Outcome.Exception?.GetType().Name ?? "none", args.RetryDelay.TotalMilliseconds);
            return ValueTask.CompletedTask;
        },
    };

    private static bool WaitsPastBudget(Exception exception, ResilienceContext context, TimeProvider time) =>
        RetryAfter.From(exception, time) is { } wait
        && context.Properties.TryGetValue(Deadline, out var deadline)
        && time.GetUtcNow() + wait >= deadline;

    // Null keeps the exponential backoff; a Retry-After wins, capped to what is left of the budget.
    private static TimeSpan? RetryAfterWithinBudget(Exception? exception, ResilienceContext context, TimeProvider time)
    {
        var retryAfter = RetryAfter.From(exception, time);
        if (retryAfter is null || !context.Properties.TryGetValue(Deadline, out var deadline))
        {
            return retryAfter;
        }

        var remaining = deadline - time.GetUtcNow();
        return remaining <= TimeSpan.Zero ? TimeSpan.Zero : (retryAfter < remaining ? retryAfter : remaining);
    }
}
