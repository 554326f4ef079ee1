using DeployBot.Core.Conversations;
using DeployBot.Core.DependencyInjection;
using DeployBot.Slack.Api;
using DeployBot.Slack.Inbound;
using DeployBot.Slack.Platform;
using DeployBot.Slack.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// <c>/deploy-plan</c>: asks the engine (which only records and queues) and answers inside Slack's 3 seconds: an
/// ephemeral acknowledgement or refusal, or the parameter modal opened at once with the command's trigger_id.
/// </summary>
internal sealed class SlashCommandHandler(
    IServiceScopeFactory scopes,
    Deferred<SlackApiClient> slack,
    Deferred<SlackRequesterMessenger> messenger,
    SlackFollowUps followUps,
    TimeProvider time,
    ILogger<SlashCommandHandler> logger)
{
    /// <summary>How long the engine may take before we answer Slack anyway (leaves time for views.open).</summary>
    public static readonly TimeSpan EngineBudget = TimeSpan.FromSeconds(2);

    public async Task<SlackAck> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var deliveryId = command.TriggerId is null ? null : $"slack:command:{command.TriggerId}";
        // Slack escapes & < > in command text; the engine's argument parser undoes exactly that, so the text goes as sent.
        // On the thread pool: SQLite's "async" calls block while they wait for a locked database, which would hold this
        // request past Slack's 3 seconds before the budget below could ever fire.
        var start = Task.Run(() => StartInOwnScopeAsync(new StartRequest(command.ToRequester(), command.Text, deliveryId)), CancellationToken.None);
        EngineReply reply;
        try
        {
            // WaitAsync drops its timer as soon as the engine answers, so a burst does not leave thousands pending.
            reply = await start.WaitAsync(EngineBudget, time, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException || cancellationToken.IsCancellationRequested)
        {
            // Too slow, or Slack gave up on this request: the engine still finishes, and its answer is sent later.
            SlackLog.EngineSlow(logger, EngineBudget.TotalSeconds);
            // Made now, while this request's scope is alive: the answer is sent after the request has ended.
            var tell = messenger.Value;
            followUps.Enqueue(ct => FinishLateAsync(start, command, tell, ct));
            return SlackAck.Ephemeral("Working on it: I'll answer here in a moment.");
        }

        return await RenderAsync(reply, command, cancellationToken);
    }

    /// <summary>What the person sees when the request could not be recorded (the job is written in one transaction, so nothing half-written stays).</summary>
    public const string StorageUnavailable = "DeployBot can't record your request right now (storage unavailable), so nothing was queued. Please try again in a minute.";

    /// <summary>
    /// The engine runs in its own scope so a slow call may outlive this request without using disposed services.
    /// Storage that refuses or stays locked becomes a refusal the person sees, now or late, never a silent drop.
    /// </summary>
    private async Task<EngineReply> StartInOwnScopeAsync(StartRequest request)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IConversationEngine>().StartAsync(request, CancellationToken.None);
        }
        catch (System.Data.Common.DbException exception)
        {
            SlackLog.HandlerFailed(logger, exception);
            return new Refused(StorageUnavailable);
        }
    }

    private async Task<SlackAck> RenderAsync(EngineReply reply, SlashCommand command, CancellationToken cancellationToken) =>
        reply switch
        {
            Accepted accepted => SlackAck.Ephemeral(SlackText.SanitiseKeepingChannelLinks(accepted.Message)),
            Refused refused => SlackAck.Ephemeral(SlackText.SanitiseKeepingChannelLinks(refused.Message)),
            AskForParameters ask => await OpenFormAsync(ask.Form, command, cancellationToken),
            _ => SlackAck.Empty,
        };

    private async Task<SlackAck> OpenFormAsync(ParameterForm form, SlashCommand command, CancellationToken cancellationToken)
    {
        if (command.TriggerId is null)
        {
            return SlackAck.Ephemeral(SlackText.Sanitise(FormUnavailable(form, "Slack sent no trigger_id")));
        }

        var metadata = new FormMetadata(form.FormId, command.UserId, command.UserName, command.ChannelId, command.ResponseUrl);
        try
        {
            await slack.Value.OpenViewAsync(command.TriggerId, ModalRenderer.Render(form, metadata), cancellationToken);
            return SlackAck.Empty;
        }
        catch (SlackApiException exception)
        {
            SlackLog.ViewOpenFailed(logger, exception.Error);
            return SlackAck.Ephemeral(SlackText.Sanitise(FormUnavailable(form, $"Slack answered {exception.Error}")));
        }
    }

    private static async Task FinishLateAsync(Task<EngineReply> start, SlashCommand command, SlackRequesterMessenger messenger, CancellationToken cancellationToken)
    {
        var reply = await start;
        var message = reply switch
        {
            Accepted accepted => accepted.Message,
            Refused refused => refused.Message,
            // The trigger_id expired while we waited (it lasts 3 seconds), so the form cannot open any more.
            AskForParameters ask => FormUnavailable(ask.Form, "that took too long"),
            _ => null,
        };
        if (message is not null)
        {
            await messenger.TellAsync(command.ToRequester(), message, threadTs: null, cancellationToken);
        }
    }

    private static string FormUnavailable(ParameterForm form, string reason)
    {
        var missing = string.Join(", ", form.Fields.Where(f => f.Required && string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Field.ToString().ToUpperInvariant()));
        var problems = string.Join(" ", form.Fields.Where(f => f.Error is not null).Select(f => f.Error));
        var what = missing.Length > 0 ? $" Missing: {missing}." : string.Empty;
        return $"I couldn't open the form ({reason}).{what} {problems} Run /deploy-plan again, or type every argument: /deploy-plan NOTES=\"...\" ENVIRONMENT=… [WINDOW=\"...\"] [FLAG=...]".Replace("  ", " ", StringComparison.Ordinal);
    }
}
