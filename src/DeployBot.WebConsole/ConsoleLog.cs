using Microsoft.Extensions.Logging;

namespace DeployBot.WebConsole;

/// <summary>The console's log messages. What people type is never logged at Information.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Local console: open / on this host in a browser ({Reason})")]
    public static partial void Enabled(ILogger logger, string reason);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Local console refused a request from {RemoteAddress}: {Reason}")]
    public static partial void RemoteClientRefused(ILogger logger, string remoteAddress, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "Console event stream opened after event {AfterSeq}")]
    public static partial void StreamOpened(ILogger logger, long afterSeq);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Debug, Message = "Console event stream closed after event {LastSeq}")]
    public static partial void StreamClosed(ILogger logger, long lastSeq);
}
