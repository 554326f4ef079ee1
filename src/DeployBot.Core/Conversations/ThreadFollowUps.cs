using System.Text.RegularExpressions;
using DeployBot.Core.Environments;
using DeployBot.Core.Jobs;
using DeployBot.Core.Policy;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Conversations;

/// <summary>A message in a plan's thread: <c>rollback</c> asks for the detailed rollback plan, new arguments revise the plan, anything else is a question about it.</summary>
internal sealed partial class ThreadFollowUps(
    IPlanStore plans, EnvironmentCatalog catalog, ModelBudget budget, JobSubmitter jobs, RollbackRequests rollbacks, TimeProvider time)
{
    public const int MaxQuestionLength = 2000;

    public async Task<EngineReply> HandleAsync(ThreadMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var planId = await plans.FindPlanIdByThreadAsync(message.Thread, cancellationToken);
        var text = message.Text?.Trim() ?? string.Empty;
        if (planId is null || text.Length == 0)
        {
            return new Ignored(planId is null ? "Not a plan thread." : "Empty message.");
        }

        if (RollbackRequests.IsRollbackRequest(text))
        {
            return await rollbacks.FromThreadAsync(planId, message, cancellationToken);
        }

        return ArgumentKey().IsMatch(text)
            ? await ReviseAsync(planId, message, text, cancellationToken)
            : await AskAsync(planId, message, text, cancellationToken);
    }

    private async Task<EngineReply> AskAsync(string planId, ThreadMessage message, string question, CancellationToken cancellationToken)
    {
        if (question.Length > MaxQuestionLength)
        {
            return new Refused($"That question is {question.Length} characters long; please keep it under {MaxQuestionLength}.");
        }

        var payload = new AnswerQuestionPayload(message.Author, question, message.Thread);
        return await SubmitAsync(JobKind.AnswerQuestion, planId, payload, message, string.Empty, cancellationToken);
    }

    private async Task<EngineReply> ReviseAsync(string planId, ThreadMessage message, string text, CancellationToken cancellationToken)
    {
        var parsed = ArgumentParser.Parse(text);
        if (!parsed.IsValid)
        {
            return new Refused(EngineText.Problems(parsed.Problems, catalog));
        }

        var current = (await plans.GetLatestVersionAsync(planId, cancellationToken))?.Request
            ?? (await plans.FindAsync(planId, cancellationToken))?.Request;
        if (current is null)
        {
            return new Refused($"I can't find plan {planId} any more, so there is nothing to revise.");
        }

        var revision = CheckRevision(current, parsed, message.Author);
        if (revision.Refusal is not null)
        {
            return new Refused(revision.Refusal);
        }

        var payload = new RevisePlanPayload(message.Author, revision.Request!, message.Thread, revision.Changes);
        return await SubmitAsync(JobKind.RevisePlan, planId, payload, message, $"Revising the plan: {revision.Changes}.", cancellationToken);
    }

    private (DeploymentRequest? Request, string Changes, string? Refusal) CheckRevision(
        DeploymentRequest current, ParsedArguments parsed, Requester author)
    {
        var environment = catalog.Find(current.Environment);
        var typedEnvironment = parsed[RequestField.Environment];
        if (typedEnvironment is not null && catalog.Find(typedEnvironment)?.Name != current.Environment)
        {
            return (null, string.Empty, $"A plan's environment can't change in its thread; run /deploy-plan with ENVIRONMENT={typedEnvironment} for a new plan.");
        }

        if (environment is not null && RequesterPolicy.CheckUser(environment, author) is { } refusal)
        {
            return (null, string.Empty, refusal);
        }

        // The revised WINDOW is read as of now: one that can't be read or is over is asked about, not planned.
        var check = SubmissionValidator.Check(Merge(current, parsed), catalog, time.GetUtcNow());
        if (!check.IsValid)
        {
            return (null, string.Empty, string.Join(' ', check.Errors.Values.Concat(check.OtherProblems)));
        }

        var changes = RequestChanges.Describe(current, check.Request!);
        return changes.Length == 0
            ? (null, string.Empty, "Those are already the plan's values, so there is nothing to revise.")
            : (check.Request, changes, null);
    }

    /// <summary>Questions and revisions both reach the model, so both spend the author's model budget.</summary>
    private async Task<EngineReply> SubmitAsync<TPayload>(
        JobKind kind, string planId, TPayload payload, ThreadMessage message, string reply, CancellationToken cancellationToken)
    {
        if (await budget.SpendAsync(message.Author, cancellationToken) is { } overBudget)
        {
            return new Refused(overBudget);
        }

        return await jobs.SubmitAsync(kind, planId, payload, message.DeliveryId, plan: null, cancellationToken)
            ? new Accepted(planId, reply)
            : new Ignored("This message was already handled (repeated delivery).");
    }

    private static Dictionary<RequestField, string> Merge(DeploymentRequest current, ParsedArguments parsed)
    {
        var values = new Dictionary<RequestField, string> { [RequestField.Notes] = current.Notes, [RequestField.Environment] = current.Environment };
        if (current.Window is not null)
        {
            values[RequestField.Window] = current.Window;
        }

        if (current.Flag is not null)
        {
            values[RequestField.Flag] = current.Flag;
        }

        foreach (var (field, value) in parsed.Values)
        {
            values[field] = value;
        }

        return values;
    }

    /// <summary>A <c>KEY=</c> of the slash command anywhere in the text: the message revises the plan.</summary>
    [GeneratedRegex(@"(?<![\w-])(NOTES|ENVIRONMENT|WINDOW|FLAG)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentKey();
}
