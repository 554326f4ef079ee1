using System.Text.Json;
using DeployBot.Core.Conversations;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Cards;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams.Handling;

/// <summary>
/// A <c>message</c> activity: a card submission (data in <c>value</c>), a reply in a channel thread, or a command
/// (<c>deploy-plan …</c>, <c>help</c>). Maps it to the engine and renders the engine's answer through the connector.
/// </summary>
internal sealed class MessageActivityHandler(IConversationEngine engine, ActivityReplies replies, IOptions<TeamsOptions> options)
{
    public async Task HandleAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object })
        {
            await HandleSubmissionAsync(activity, deliveryId, cancellationToken);
            return;
        }

        var text = MessageText.ForBot(activity, options.Value.BotName);
        if (TeamsRequesters.ThreadRootOfReply(activity) is { } root)
        {
            await HandleThreadReplyAsync(activity, root, text, deliveryId, cancellationToken);
            return;
        }

        await HandleCommandAsync(activity, TeamsCommand.Parse(text), deliveryId, cancellationToken);
    }

    private async Task HandleThreadReplyAsync(Activity activity, string root, string text, string deliveryId, CancellationToken cancellationToken)
    {
        var command = TeamsCommand.Parse(text);
        if (command is TeamsCommand.Help)
        {
            await replies.TextAsync(activity, TeamsCommand.Usage, cancellationToken);
            return;
        }

        var thread = new ThreadRef(Platforms.Teams, TeamsRequesters.ChannelOf(activity), root);
        var reply = await engine.HandleThreadMessageAsync(new ThreadMessage(thread, TeamsRequesters.From(activity), text, deliveryId), cancellationToken);
        if (reply is Ignored)
        {
            // Not a plan's thread: a command still works here, anything else gets a pointer instead of silence.
            await HandleCommandAsync(activity, command, deliveryId, cancellationToken);
            return;
        }

        await RenderAsync(activity, reply, cancellationToken);
    }

    private async Task HandleCommandAsync(Activity activity, TeamsCommand command, string deliveryId, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case TeamsCommand.Start start:
                var reply = await engine.StartAsync(new StartRequest(TeamsRequesters.From(activity), start.Arguments, deliveryId), cancellationToken);
                await RenderAsync(activity, reply, cancellationToken);
                break;
            case TeamsCommand.Help:
                await replies.TextAsync(activity, TeamsCommand.Usage, cancellationToken);
                break;
            default:
                await replies.TextAsync(activity, "I only know one command, `deploy-plan`.\n\n" + TeamsCommand.Usage, cancellationToken);
                break;
        }
    }

    private async Task HandleSubmissionAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
    {
        var requester = TeamsRequesters.From(activity);
        switch (CardSubmission.Parse(activity.Value))
        {
            case CardSubmission.FormSubmitted form:
                var answer = await engine.SubmitFormAsync(new SubmitForm(requester, form.FormId, form.Values, deliveryId), cancellationToken);
                await RenderSubmissionAsync(activity, answer, cancellationToken);
                break;
            case CardSubmission.PlanButtonPressed press:
                var pressed = await engine.PressButtonAsync(new ButtonPressed(press.PlanId, press.Button, requester, deliveryId), cancellationToken);
                await RenderAsync(activity, pressed, cancellationToken);
                break;
            case CardSubmission.StepsChanged steps:
                // The stored ticks update the card in the background; only a refusal needs saying here.
                var ticked = await engine.TickStepsAsync(new StepsTicked(steps.PlanId, steps.Version, steps.Changes, requester, deliveryId), cancellationToken);
                await RenderAsync(activity, ticked is Refused ? ticked : new Ignored("ticked"), cancellationToken);
                break;
            default:
                await replies.TextAsync(activity, "That card is out of date or not one of mine, so nothing was done. " + TeamsCommand.Usage, cancellationToken);
                break;
        }
    }

    private async Task RenderSubmissionAsync(Activity activity, EngineReply reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case AskForParameters ask:
                await replies.ReplaceCardAsync(activity, ParameterFormCard.Render(ask.Form), cancellationToken);
                break;
            case Accepted accepted:
                await replies.ReplaceCardAsync(activity, NoticeCard.Render("Request received", accepted.Message, color: "Good"), cancellationToken);
                break;
            default:
                await RenderAsync(activity, reply, cancellationToken);
                break;
        }
    }

    private async Task RenderAsync(Activity activity, EngineReply reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case AskForParameters ask:
                await replies.CardAsync(activity, ParameterFormCard.Render(ask.Form), cancellationToken);
                break;
            case Accepted { Message.Length: > 0 } accepted:
                await replies.TextAsync(activity, accepted.Message, cancellationToken);
                break;
            case Refused refused:
                await replies.TextAsync(activity, refused.Message, cancellationToken);
                break;
        }
    }
}
