using Microsoft.Extensions.Logging;

namespace DeployBot.Teams;

/// <summary>DeployBot.Teams log messages (event ids 5000–5099). Never logs tokens, secrets or release notes.</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Warning, "Teams runs in LOCAL EMULATOR MODE (Teams:EmulatorMode=true, or no chat platform is configured): Teams:AppId is empty, so /api/messages accepts requests WITHOUT token checks (from this machine only: loopback callers without proxy headers, loopback service URLs) and replies without credentials. Use this only with Microsoft 365 Agents Playground or the Bot Framework Emulator; set Teams:AppId and Teams:AppPassword for real Teams.")]
    public static partial void EmulatorMode(ILogger logger);

    [LoggerMessage(5001, LogLevel.Information, "Teams bot enabled for app {AppId}; tokens validated against {MetadataUrl}")]
    public static partial void Enabled(ILogger logger, string appId, string metadataUrl);

    [LoggerMessage(5002, LogLevel.Warning, "Rejected a /api/messages request with 401: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(5003, LogLevel.Information, "Ignored a repeated Teams activity {ActivityId}")]
    public static partial void Duplicate(ILogger logger, string activityId);

    [LoggerMessage(5004, LogLevel.Warning, "Teams reply failed with HTTP {Status} {ErrorCode}")]
    public static partial void ReplyFailed(ILogger logger, int status, string? errorCode);

    [LoggerMessage(5005, LogLevel.Warning, "Teams reply refused: {Reason}")]
    public static partial void ReplyRefused(ILogger logger, string reason);

    [LoggerMessage(5006, LogLevel.Information, "Could not update the card in place in {ConversationId}; sending a new one")]
    public static partial void CardUpdateFailed(ILogger logger, string conversationId);

    [LoggerMessage(5007, LogLevel.Debug, "Teams activity {Type} {ActivityId} received")]
    public static partial void Received(ILogger logger, string? type, string? activityId);

    [LoggerMessage(5008, LogLevel.Warning, "Rejected a /api/messages request with 400: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(5009, LogLevel.Warning, "Posting to Teams failed with HTTP {Status} {ErrorCode} for {Operation}")]
    public static partial void DeliveryFailed(ILogger logger, int status, string? errorCode, string operation);

    [LoggerMessage(5010, LogLevel.Information, "Teams is off: Teams:AppId is empty and emulator mode was not asked for (Teams:EmulatorMode), so /api/messages answers 404")]
    public static partial void Off(ILogger logger);
}
