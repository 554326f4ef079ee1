using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Slack.Inbound;
using DeployBot.Slack.Platform;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// The Interactivity URL: the modal's <c>view_submission</c> (validated by the engine; field errors shown inline with
/// <c>response_action: errors</c>), the plan's Regenerate/Acknowledge buttons (<c>block_actions</c>), and <c>view_closed</c>.
/// </summary>
internal sealed class InteractivityHandler(
    IConversationEngine engine, SlackRequesterMessenger messenger, SlackFollowUps followUps, ChecklistActions checklist)
{
    public Task<SlackAck> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken) =>
        payload.Type switch
        {
            "view_submission" => SubmitAsync(payload, cancellationToken),
            "block_actions" when ChecklistActions.Find(payload) is { } tick => checklist.HandleAsync(payload, tick, cancellationToken),
            "block_actions" => PressAsync(payload, cancellationToken),
            _ => Task.FromResult(SlackAck.Empty),
        };

    private async Task<SlackAck> SubmitAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        if (payload.View is not { CallbackId: ModalRenderer.CallbackId } view)
        {
            return SlackAck.Empty;
        }

        if (FormMetadata.TryParse(view.PrivateMetadata) is not { } metadata)
        {
            return SlackAck.UpdateView(ModalRenderer.Notice("DeployBot", "This form has lost track of its request. Run /deploy-plan again."));
        }

        // The person submitting is who Slack says it is, whatever the metadata claims.
        var requester = (metadata with { UserId = payload.UserId, UserName = payload.UserName ?? metadata.UserName }).ToRequester();
        var deliveryId = payload.TriggerId is null ? null : $"slack:submit:{payload.TriggerId}";
        var reply = await engine.SubmitFormAsync(new SubmitForm(requester, metadata.FormId, Values(view), deliveryId), cancellationToken);
        return reply switch
        {
            AskForParameters { Form.HasErrors: true } ask => SlackAck.ViewErrors(Errors(ask.Form)),
            AskForParameters ask => SlackAck.UpdateView(ModalRenderer.Render(ask.Form, metadata with { FormId = ask.Form.FormId })),
            Accepted accepted => Tell(requester, accepted.Message),
            Refused refused => SlackAck.UpdateView(ModalRenderer.Notice("DeployBot", refused.Message)),
            _ => SlackAck.Empty,
        };
    }

    private async Task<SlackAck> PressAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var action = payload.Actions.FirstOrDefault(a => ButtonOf(a.ActionId) is not null && !string.IsNullOrEmpty(a.Value));
        if (action is null)
        {
            return SlackAck.Empty;
        }

        var presser = new Requester(Platforms.Slack, payload.UserId, payload.UserName, payload.ChannelId ?? string.Empty, payload.ResponseUrl);
        var deliveryId = $"slack:action:{payload.TriggerId ?? action.ActionTs}";
        var reply = await engine.PressButtonAsync(new ButtonPressed(action.Value!, ButtonOf(action.ActionId)!.Value, presser, deliveryId), cancellationToken);
        return reply switch
        {
            Accepted accepted => Tell(presser, accepted.Message),
            Refused refused => Tell(presser, refused.Message),
            _ => SlackAck.Empty,
        };
    }

    private SlackAck Tell(Requester requester, string message)
    {
        if (!string.IsNullOrWhiteSpace(message) && requester.ChannelId.Length > 0)
        {
            followUps.Enqueue(ct => messenger.TellAsync(requester, message, threadTs: null, ct));
        }

        return SlackAck.Empty;
    }

    private static PlanButton? ButtonOf(string? actionId) => actionId switch
    {
        BlockKitPlanRenderer.RegenerateActionId => PlanButton.Regenerate,
        BlockKitPlanRenderer.AcknowledgeActionId => PlanButton.Acknowledge,
        BlockKitPlanRenderer.RollbackActionId => PlanButton.Rollback,
        _ => null,
    };

    private static Dictionary<RequestField, string?> Values(SubmittedView view)
    {
        var values = new Dictionary<RequestField, string?>();
        foreach (var (blockId, value) in view.Values)
        {
            if (ModalRenderer.FieldOf(blockId) is { } field)
            {
                values[field] = string.IsNullOrWhiteSpace(value) ? null : value;
            }
        }

        return values;
    }

    private static Dictionary<string, string> Errors(ParameterForm form) =>
        form.Fields.Where(f => f.Error is not null).ToDictionary(f => ModalRenderer.BlockId(f.Field), f => SlackText.Truncate(f.Error!, 2000));
}
