using System.ClientModel;
using System.Globalization;
using Microsoft.SemanticKernel;

namespace DeployBot.Planning.Resilience;

/// <summary>Reads how long a rate-limited (429) or overloaded (503) model asked us to wait.</summary>
internal static class RetryAfter
{
    /// <summary>The wait the response asked for, or null when it named none.</summary>
    public static TimeSpan? From(Exception? exception, TimeProvider time)
    {
        var response = (exception as ClientResultException ?? exception?.InnerException as ClientResultException)?.GetRawResponse();
        if (response is null)
        {
            return null;
        }

        // OpenAI also sends the finer-grained retry-after-ms; prefer it when present.
        if (response.Headers.TryGetValue("retry-after-ms", out var milliseconds)
            && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        return response.Headers.TryGetValue("Retry-After", out var value) ? Parse(value, time) : null;
    }

    /// <summary>Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
    internal static TimeSpan? Parse(string? value, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Max(date - time.GetUtcNow(), TimeSpan.Zero)
            : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
