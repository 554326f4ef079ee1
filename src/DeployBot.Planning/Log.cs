using Microsoft.Extensions.Logging;

namespace DeployBot.Planning;

/// <summary>The planning project's log messages. Never prompts, notes, answers or keys: only counts, ids and reasons.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Model attempt {Attempt} failed ({Failure}); retrying in {DelayMs} ms")]
    public static partial void AttemptFailed(ILogger logger, int attempt, string failure, double delayMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Model circuit opened for {Seconds} s: plans are written offline meanwhile")]
    public static partial void CircuitOpened(ILogger logger, double seconds);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Model {ModelId} did not write the plan; the offline planner did: {Reason}")]
    public static partial void FellBack(ILogger logger, string? modelId, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Model {ModelId} wrote the plan in {Attempts} attempt(s)")]
    public static partial void ModelPlanWritten(ILogger logger, string? modelId, int attempts);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Model answer rejected: {Rules}")]
    public static partial void AnswerRejected(ILogger logger, string rules);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Model {ModelId} could not answer a thread question: {Reason}")]
    public static partial void AssistantUnavailable(ILogger logger, string? modelId, string reason);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Model {ModelId} did not write the rollback plan; the offline planner did: {Reason}")]
    public static partial void RollbackFellBack(ILogger logger, string? modelId, string reason);
}
