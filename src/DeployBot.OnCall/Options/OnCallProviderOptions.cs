namespace DeployBot.OnCall.Options;

/// <summary>What both paging tools share: where the API is, and how long and how often DeployBot asks.</summary>
internal abstract class OnCallProviderOptions
{
    public abstract string ApiBaseUrl { get; set; }

    /// <summary>Each attempt's limit; a hung paging tool costs at most this per attempt.</summary>
    public int TimeoutSeconds { get; set; } = OnCallDefaults.TimeoutSeconds;

    /// <summary>Retries after the first attempt, for 429, 5xx and timeouts.</summary>
    public int MaxRetryAttempts { get; set; } = OnCallDefaults.MaxRetryAttempts;

    /// <summary>The first back-off delay (doubling, with jitter) when the tool gives no <c>Retry-After</c>.</summary>
    public int RetryDelayMilliseconds { get; set; } = OnCallDefaults.RetryDelayMilliseconds;

    /// <summary>The whole lookup, retries and waits included, never takes longer than this.</summary>
    public int TotalTimeoutSeconds { get; set; } = OnCallDefaults.TotalTimeoutSeconds;

    /// <summary>The secret sent with each call, or null when not configured.</summary>
    public abstract string? Secret { get; }
}

/// <summary><c>PagerDuty:*</c>: the REST API v2 and a read-only API token.</summary>
internal sealed class PagerDutyOptions : OnCallProviderOptions
{
    public const string SectionName = "PagerDuty";

    public override string ApiBaseUrl { get; set; } = "https://api.pagerduty.com";

    public string? ApiToken { get; set; }

    public override string? Secret => string.IsNullOrWhiteSpace(ApiToken) ? null : ApiToken.Trim();
}

/// <summary><c>Opsgenie:*</c>: the REST API and an API integration key.</summary>
internal sealed class OpsgenieOptions : OnCallProviderOptions
{
    public const string SectionName = "Opsgenie";

    public override string ApiBaseUrl { get; set; } = "https://api.opsgenie.com";

    public string? ApiKey { get; set; }

    public override string? Secret => string.IsNullOrWhiteSpace(ApiKey) ? null : ApiKey.Trim();
}

internal static class OnCallDefaults
{
    public const int TimeoutSeconds = 5;
    public const int MaxRetryAttempts = 2;
    public const int RetryDelayMilliseconds = 500;
    public const int TotalTimeoutSeconds = 20;

    /// <summary>How long a found on-call is trusted when the tool gives no shift end.</summary>
    public static readonly TimeSpan CacheWithoutShiftEnd = TimeSpan.FromMinutes(5);

    /// <summary>The longest <c>Retry-After</c> DeployBot waits for; a longer one is answered as "rate-limited".</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);
}
