namespace DeployBot.WebConsole.Endpoints;

/// <summary><c>POST /console/commands</c>: what was typed in the composer, and in which channel.</summary>
internal sealed record CommandBody(string? Text, string? Channel);

/// <summary><c>POST /console/forms/{formId}</c>: the form's values keyed by field (<c>notes</c>, <c>environment</c>, …).</summary>
internal sealed record FormBody(Dictionary<string, string?>? Values, string? Channel);

/// <summary><c>POST /console/threads/{threadId}</c>: a message typed in a plan's thread.</summary>
internal sealed record ThreadBody(string? Text);

/// <summary><c>POST /console/plans/{planId}/steps/{step}</c>: the step ticked off (<c>done: true</c>) or not, in the version shown.</summary>
internal sealed record StepBody(int? Version, bool? Done);

/// <summary>What the page does next: <c>form</c> (open it), <c>accepted</c>, <c>refused</c> or <c>ignored</c> (the feed shows why).</summary>
internal sealed record ConsoleReply(string Kind, string? Message = null, string? PlanId = null, Core.Conversations.ParameterForm? Form = null);
