using DeployBot.Core.Conversations;
using DeployBot.Slack.Inbound;
using DeployBot.Slack.Platform;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// A tick or untick in a plan message's checklist (<c>block_actions</c> from a <c>checkboxes</c> element). The change is
/// what differs between the block as rendered (its id) and <c>selected_options</c>. Slack gets its empty 200 at once;
/// the stored tick re-renders the plan with <c>chat.update</c> in the background, and a refusal is told only to the
/// person who ticked.
/// </summary>
internal sealed class ChecklistActions(IConversationEngine engine, SlackRequesterMessenger messenger, SlackFollowUps followUps)
{
    public static SlackAction? Find(InteractionPayload payload) =>
        payload.Actions.FirstOrDefault(action => action.ActionId == ChecklistBlocks.ActionId);

    public async Task<SlackAck> HandleAsync(InteractionPayload payload, SlackAction action, CancellationToken cancellationToken)
    {
        var ticker = new Requester(Platforms.Slack, payload.UserId, payload.UserName, payload.ChannelId ?? string.Empty, payload.ResponseUrl);
        if (ChecklistBlockId.TryParse(action.BlockId) is not { } shown || action.SelectedValues is not { } selected)
        {
            Tell(ticker, "That checklist is not one DeployBot can read any more, so nothing was ticked. Ask in the plan's thread for a fresh copy.");
            return SlackAck.Empty;
        }

        var changes = shown.ChangesTo(selected.ToHashSet(StringComparer.Ordinal)).Select(change => new StepChange(change.Step, change.Done)).ToArray();
        var deliveryId = $"slack:checklist:{payload.UserId}:{action.ActionTs ?? payload.TriggerId}";
        var reply = await engine.TickStepsAsync(new StepsTicked(shown.PlanId, shown.Version, changes, ticker, deliveryId), cancellationToken);
        if (reply is Refused refused)
        {
            Tell(ticker, refused.Message);
        }

        return SlackAck.Empty;
    }

    private void Tell(Requester requester, string message)
    {
        if (requester.ChannelId.Length > 0)
        {
            followUps.Enqueue(ct => messenger.TellAsync(requester, message, threadTs: null, ct));
        }
    }
}
