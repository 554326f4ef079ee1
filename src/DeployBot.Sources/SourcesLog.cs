using Microsoft.Extensions.Logging;

namespace DeployBot.Sources;

/// <summary>Release sources' log lines: links without query or user info, reasons without tokens, never release text.</summary>
internal static partial class SourcesLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Read {Link}: {Files} changed files, {Checks} CI checks")]
    public static partial void Read(ILogger logger, string link, int files, int checks);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Could not read {Link}: {Reason}")]
    public static partial void Unreadable(ILogger logger, string link, string reason);
}
