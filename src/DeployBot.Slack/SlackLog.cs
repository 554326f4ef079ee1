using Microsoft.Extensions.Logging;

namespace DeployBot.Slack;

/// <summary>Slack adapter logging with stable event ids. Never logs tokens, secrets, release notes or message text.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(4001, LogLevel.Warning, "Slack request rejected: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(4002, LogLevel.Warning, "Posting to the response_url failed ({Error}); falling back to chat.postEphemeral")]
    public static partial void ResponseUrlFailed(ILogger logger, string error);

    [LoggerMessage(4003, LogLevel.Warning, "views.open failed: {Error}")]
    public static partial void ViewOpenFailed(ILogger logger, string error);

    [LoggerMessage(4004, LogLevel.Debug, "Slack event {EventId} ignored: {Reason}")]
    public static partial void EventIgnored(ILogger logger, string? eventId, string reason);

    [LoggerMessage(4005, LogLevel.Error, "Handling a Slack request failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(4006, LogLevel.Warning, "Telling the requester failed: {Error}")]
    public static partial void TellFailed(ILogger logger, string error);

    [LoggerMessage(4007, LogLevel.Information, "The engine took longer than {Seconds}s to answer a slash command; answering later by response_url")]
    public static partial void EngineSlow(ILogger logger, double seconds);
}
