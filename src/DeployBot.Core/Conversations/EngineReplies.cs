namespace DeployBot.Core.Conversations;

/// <summary>The engine's immediate answer to a command. Adapters render each kind their own way.</summary>
public abstract record EngineReply;

/// <summary>Something is missing or invalid: show this form (prefilled, with per-field errors).</summary>
public sealed record AskForParameters(ParameterForm Form) : EngineReply;

/// <summary>The work is queued; tell the requester <paramref name="Message"/> (e.g. "Drafting the production plan — it will appear in #releases").</summary>
public sealed record Accepted(string? PlanId, string Message) : EngineReply;

/// <summary>Nothing will happen; tell the requester why (bad input, not allowed, rate-limited, unknown plan).</summary>
public sealed record Refused(string Message) : EngineReply;

/// <summary>Not for the bot, or already handled (a duplicate delivery). Answer the platform with success and say nothing.</summary>
public sealed record Ignored(string Reason) : EngineReply;
