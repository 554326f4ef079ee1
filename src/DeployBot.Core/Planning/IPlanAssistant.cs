using DeployBot.Core.Plans;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Planning;

/// <summary>Answers questions asked in a plan's thread, from the stored request and plan.</summary>
public interface IPlanAssistant
{
    Task<ThreadAnswer> AnswerAsync(PlanQuestion question, CancellationToken cancellationToken);
}

/// <summary>A question about a plan, with the thread's earlier exchanges (bounded, oldest first).</summary>
public sealed record PlanQuestion(DeploymentRequest Request, DeploymentPlan Plan, IReadOnlyList<ThreadExchange> History, string Question);

/// <summary>One earlier question and its answer in a plan's thread.</summary>
public sealed record ThreadExchange(string Question, string Answer);

/// <summary>The answer; <paramref name="Answered"/> is false when no model could answer (the text then says so).</summary>
public sealed record ThreadAnswer(string Text, bool Answered);
