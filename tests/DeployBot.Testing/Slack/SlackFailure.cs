namespace DeployBot.Testing.Slack;

/// <summary>A scripted answer the fake gives instead of success: an <c>ok:false</c> error, a 429 with Retry-After, or a 5xx.</summary>
public sealed record SlackFailure(string? Error, int StatusCode = 200, int? RetryAfterSeconds = null)
{
    public static SlackFailure ApiError(string error) => new(error);

    public static SlackFailure RateLimited(int retryAfterSeconds) => new("ratelimited", 429, retryAfterSeconds);

    public static SlackFailure ServerError(int statusCode = 503) => new(null, statusCode);
}
