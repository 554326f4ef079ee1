namespace DeployBot.Slack.Api;

/// <summary>A Slack Web API call that failed: <c>ok:false</c> with its error code, or an HTTP failure after the retries.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : this("unknown", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "unknown_error";
    }

    public SlackApiException(string method, string error, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base($"Slack {method} failed: {error}", innerException)
    {
        Method = method;
        Error = error;
        RetryAfter = retryAfter;
    }

    /// <summary>The Web API method (<c>chat.postMessage</c>) or <c>response_url</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code (<c>not_in_channel</c>, <c>ratelimited</c>, …) or <c>http_NNN</c>.</summary>
    public string Error { get; }

    /// <summary>How long Slack asked us to wait, for 429 answers.</summary>
    public TimeSpan? RetryAfter { get; }
}
