using System.Net;

namespace DeployBot.Teams.Connector;

/// <summary>A non-success answer from the Bot Connector, after retries. <see cref="ErrorCode"/> is the connector's own code (e.g. <c>BotNotInConversationRoster</c>).</summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, TimeSpan? retryAfter)
        : base($"The Bot Connector answered HTTP {(int)statusCode} {errorCode}".TrimEnd())
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }

    public TimeSpan? RetryAfter { get; }
}
