using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DeployBot.Teams.Connector;

/// <summary>
/// The connector client's one retry layer: the status codes Teams documents as retryable (412, 429, 502, 503, 504),
/// exponential backoff with jitter, <c>Retry-After</c> honoured; a wait longer than <see cref="MaxRetryAfter"/> is
/// not slept through but handed to the caller (the background worker reschedules the job).
/// </summary>
internal static class ConnectorResilience
{
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(20);

    private static readonly HashSet<HttpStatusCode> Retryable =
        [HttpStatusCode.PreconditionFailed, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(TeamsConstants.ConnectorClientName, pipeline =>
        {
            pipeline.AddTimeout(TimeSpan.FromSeconds(60));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            });
            pipeline.AddTimeout(TimeSpan.FromSeconds(15));
        });
        return builder;
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => Retryable.Contains(response.StatusCode) && WaitIsAcceptable(response),
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        _ => false,
    };

    private static bool WaitIsAcceptable(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is not { } wait || wait <= MaxRetryAfter;
}
