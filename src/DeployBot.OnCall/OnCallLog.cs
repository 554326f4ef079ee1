using Microsoft.Extensions.Logging;

namespace DeployBot.OnCall;

/// <summary>On-call resolution's log lines. Reasons come from <see cref="Providers.OnCallLookupException"/> messages, which never hold secrets.</summary>
internal static partial class OnCallLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "On-call lookup for {Environment} on {Platform} found no one to ping: {Reason}")]
    public static partial void NotPinged(ILogger logger, string environment, string platform, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "On-call for {Environment} on {Platform} came from the cache ({Source})")]
    public static partial void CacheHit(ILogger logger, string environment, string platform, string source);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "On-call lookup for {Environment} failed unexpectedly; the plan names the static on-call instead")]
    public static partial void Unexpected(ILogger logger, Exception exception, string environment);
}
