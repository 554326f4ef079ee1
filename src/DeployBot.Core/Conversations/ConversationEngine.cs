using DeployBot.Core.DependencyInjection;
using DeployBot.Core.Environments;
using DeployBot.Core.Jobs;
using DeployBot.Core.Policy;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Conversations;

/// <summary>
/// Decides what happens with each command: ask for what is missing, refuse with a reason, or record the plan job.
/// Thread messages, buttons and checklist ticks are handled by <see cref="ThreadFollowUps"/>, <see cref="PlanButtons"/> and <see cref="ChecklistTicks"/>.
/// Every call is counted in <see cref="FrontDoorTraffic"/>: someone is waiting for its answer.
/// </summary>
internal sealed class ConversationEngine(
    EnvironmentCatalog catalog,
    IPendingRequestStore pending,
    PlanRequestAcceptor acceptor,
    ParameterFormBuilder forms,
    Deferred<ThreadFollowUps> threads,
    Deferred<PlanButtons> buttons,
    Deferred<ChecklistTicks> checklist,
    FrontDoorTraffic traffic,
    TimeProvider time) : IConversationEngine
{
    /// <summary>How long a form stays valid after it was shown.</summary>
    public static readonly TimeSpan FormLifetime = TimeSpan.FromHours(24);

    public async Task<EngineReply> StartAsync(StartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var waiting = traffic.Enter();
        var parsed = ArgumentParser.Parse(request.ArgumentText);
        var resolution = RequestResolver.Resolve(parsed, catalog, time.GetUtcNow());
        var problems = parsed.Problems.Concat(resolution.Problems).DistinctBy(problem => problem.Message).ToArray();

        // A WINDOW that can't be read is asked for again on the form, everything typed kept; other problems refuse, and so
        // does a WINDOW with a line break or control character (it is never kept for a form, issue 19).
        var window = parsed.Values.GetValueOrDefault(RequestField.Window);
        if (problems.Any(problem => problem.Field != RequestField.Window) || (window is not null && !SingleLineFields.IsSingleLine(window)))
        {
            return new Refused(EngineText.Problems(problems, catalog));
        }

        if (resolution.Environment is { } environment && PlanRequestAcceptor.CheckEnvironment(environment, request.Requester) is { } refusal)
        {
            return new Refused(refusal);
        }

        if (resolution is { IsComplete: true, Request: { } complete, Environment: { } target })
        {
            return await acceptor.AdmitAsync(complete, target, request.Requester, request.DeliveryId, cancellationToken);
        }

        var windowErrors = new Dictionary<RequestField, string>();
        if (problems.Length > 0)
        {
            windowErrors[RequestField.Window] = string.Join(' ', problems.Select(problem => problem.Message));
        }

        return await AskAsync(request.Requester, parsed.Values, resolution.Environment, windowErrors, cancellationToken);
    }

    public async Task<EngineReply> SubmitFormAsync(SubmitForm submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        using var waiting = traffic.Enter();
        var saved = await pending.FindAsync(submission.FormId, cancellationToken);
        if (saved is null || saved.CreatedAt + FormLifetime < time.GetUtcNow())
        {
            return new Refused(EngineText.FormExpired);
        }

        if (!IsSamePerson(saved.Requester, submission.Requester))
        {
            return new Refused("This form belongs to someone else's request; run /deploy-plan to start your own.");
        }

        var values = Merge(saved.Values, submission.Values);
        var check = SubmissionValidator.Check(values, catalog, time.GetUtcNow());
        if (!check.IsValid)
        {
            var message = check.OtherProblems.Count > 0 ? string.Join(' ', check.OtherProblems) : EngineText.FixFields;
            return new AskForParameters(forms.Build(saved.Id, values, check.Errors, message));
        }

        return await CompleteAsync(saved, check.Request!, check.Environment!, submission.DeliveryId, cancellationToken);
    }

    public async Task<EngineReply> HandleThreadMessageAsync(ThreadMessage message, CancellationToken cancellationToken)
    {
        using var waiting = traffic.Enter();
        return await threads.Value.HandleAsync(message, cancellationToken);
    }

    public async Task<EngineReply> PressButtonAsync(ButtonPressed press, CancellationToken cancellationToken)
    {
        using var waiting = traffic.Enter();
        return await buttons.Value.PressAsync(press, cancellationToken);
    }

    public async Task<EngineReply> TickStepsAsync(StepsTicked ticked, CancellationToken cancellationToken)
    {
        using var waiting = traffic.Enter();
        return await checklist.Value.TickAsync(ticked, cancellationToken);
    }

    private async Task<EngineReply> CompleteAsync(
        PendingRequest saved, DeploymentRequest request, DeploymentEnvironment environment, string? deliveryId, CancellationToken cancellationToken)
    {
        // Check before using up the form, so a refused person can submit again later without retyping.
        var refusal = await acceptor.CheckAsync(environment, saved.Requester, cancellationToken);
        if (refusal is not null)
        {
            return new Refused(refusal);
        }

        if (!await pending.CompleteAsync(saved.Id, cancellationToken))
        {
            return new Ignored("This form was already submitted.");
        }

        return await acceptor.AcceptAsync(request, environment, saved.Requester, deliveryId, cancellationToken);
    }

    private async Task<EngineReply> AskAsync(
        Requester requester,
        IReadOnlyDictionary<RequestField, string> typed,
        DeploymentEnvironment? environment,
        Dictionary<RequestField, string> errors,
        CancellationToken cancellationToken)
    {
        var values = typed.ToDictionary();
        if (environment is not null)
        {
            values[RequestField.Environment] = environment.Name;
        }

        var request = new PendingRequest(Ids.NewFormId(), requester, values, time.GetUtcNow());
        // Forms past their lifetime can never be submitted again: each new form clears them, so the table stays small.
        await pending.DeleteExpiredAsync(request.CreatedAt - FormLifetime, cancellationToken);
        await pending.SaveAsync(request, cancellationToken);
        return new AskForParameters(forms.Build(request.Id, values, errors, errors.Count > 0 ? EngineText.FixFields : null));
    }

    private static Dictionary<RequestField, string> Merge(
        IReadOnlyDictionary<RequestField, string> saved, IReadOnlyDictionary<RequestField, string?> submitted)
    {
        var values = saved.ToDictionary();
        foreach (var (field, value) in submitted)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                values.Remove(field);
            }
            else
            {
                values[field] = value;
            }
        }

        return values;
    }

    private static bool IsSamePerson(Requester first, Requester second) =>
        first.Platform == second.Platform && string.Equals(first.UserId, second.UserId, StringComparison.OrdinalIgnoreCase);
}
