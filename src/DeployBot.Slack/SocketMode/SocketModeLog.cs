using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.SocketMode;

/// <summary>Socket Mode logging with stable event ids. Never logs the app token, the WebSocket URL's ticket or payloads.</summary>
internal static partial class SocketModeLog
{
    [LoggerMessage(4101, LogLevel.Information, "Slack Socket Mode connected (connection {Connection})")]
    public static partial void Connected(ILogger logger, int connection);

    [LoggerMessage(4102, LogLevel.Information, "Slack Socket Mode connection {Connection} ending: {Reason}")]
    public static partial void Ending(ILogger logger, int connection, string reason);

    [LoggerMessage(4103, LogLevel.Warning, "Slack Socket Mode could not connect ({Reason}); retrying in {DelaySeconds:0.0}s")]
    public static partial void ConnectFailed(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(4104, LogLevel.Debug, "Slack Socket Mode envelope of type {Type} ignored")]
    public static partial void EnvelopeIgnored(ILogger logger, string type);

    [LoggerMessage(4105, LogLevel.Information, "Slack re-sent envelope {EnvelopeId} (retry_attempt {RetryAttempt}); answering it without handling it again")]
    public static partial void Repeated(ILogger logger, string envelopeId, int retryAttempt);

    [LoggerMessage(4106, LogLevel.Warning, "The acknowledgement of envelope {EnvelopeId} could not be sent (the connection closed); Slack will re-send it")]
    public static partial void AckLost(ILogger logger, string envelopeId);

    [LoggerMessage(4107, LogLevel.Warning, "Slack sent an envelope of type {Type} that could not be read: {Problem}")]
    public static partial void EnvelopeUnreadable(ILogger logger, string type, string problem);

    [LoggerMessage(4108, LogLevel.Debug, "Slack sent a frame before hello; it will be re-sent")]
    public static partial void FrameBeforeHello(ILogger logger);

    [LoggerMessage(4109, LogLevel.Warning, "Slack sent a Socket Mode frame that is not JSON with a type ({Length} characters)")]
    public static partial void FrameUnreadable(ILogger logger, int length);

    [LoggerMessage(4110, LogLevel.Debug, "Closing a Socket Mode connection failed: {Error}")]
    public static partial void CloseFailed(ILogger logger, string error);

    [LoggerMessage(4111, LogLevel.Error, "Handling a Slack Socket Mode envelope failed")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception);
}
