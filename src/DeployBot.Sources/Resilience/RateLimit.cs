using System.Globalization;
using System.Net;

namespace DeployBot.Sources.Resilience;

/// <summary>
/// Reads a rate-limited answer: GitHub's 403 with <c>X-RateLimit-Remaining: 0</c> or 429, GitLab's 429, and how long
/// they ask to wait (<c>Retry-After</c> as seconds or a date; <c>X-RateLimit-Reset</c>/<c>RateLimit-Reset</c> as Unix time).
/// </summary>
internal static class RateLimit
{
    public static bool IsLimited(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.TooManyRequests
            || (response.StatusCode == HttpStatusCode.Forbidden
                && (Header(response, "X-RateLimit-Remaining") == "0" || response.Headers.RetryAfter is not null));
    }

    /// <summary>How long the answer asks to wait; null when it names no time.</summary>
    public static TimeSpan? Wait(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta ?? (retryAfter.Date is { } date ? NotNegative(date - time.GetUtcNow()) : null);
        }

        return Reset(response) is { } reset ? NotNegative(reset - time.GetUtcNow()) : null;
    }

    /// <summary>When the limit resets, from <c>X-RateLimit-Reset</c> or <c>RateLimit-Reset</c> (Unix seconds).</summary>
    public static DateTimeOffset? Reset(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var value = Header(response, "X-RateLimit-Reset") ?? Header(response, "RateLimit-Reset");
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static TimeSpan NotNegative(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
