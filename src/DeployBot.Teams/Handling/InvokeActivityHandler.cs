using System.Text.Json;
using DeployBot.Core.Conversations;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Cards;

namespace DeployBot.Teams.Handling;

/// <summary>
/// <c>invoke</c> <c>adaptiveCard/action</c> (<c>Action.Execute</c>): the same form and buttons as <c>Action.Submit</c>,
/// answered in the HTTP response with the card that replaces the clicked one, or a message.
/// </summary>
internal sealed class InvokeActivityHandler(IConversationEngine engine)
{
    public async Task<InvokeResponse> HandleAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
    {
        var data = activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var action)
            && action.TryGetProperty("data", out var actionData)
                ? actionData
                : (JsonElement?)null;
        var requester = TeamsRequesters.From(activity);
        return CardSubmission.Parse(data) switch
        {
            CardSubmission.FormSubmitted form => Render(await engine.SubmitFormAsync(new SubmitForm(requester, form.FormId, form.Values, deliveryId), cancellationToken)),
            CardSubmission.PlanButtonPressed press => Render(await engine.PressButtonAsync(new ButtonPressed(press.PlanId, press.Button, requester, deliveryId), cancellationToken)),
            _ => InvokeResponse.Error(400, "That card is out of date or not one of DeployBot's."),
        };
    }

    private static InvokeResponse Render(EngineReply reply) => reply switch
    {
        AskForParameters ask => InvokeResponse.Card(ParameterFormCard.Render(ask.Form)),
        Accepted accepted => InvokeResponse.Card(NoticeCard.Render("Request received", accepted.Message, color: "Good")),
        Refused refused => InvokeResponse.Message(TeamsMarkdown.NeutraliseKeepingBotLinks(refused.Message)),
        _ => InvokeResponse.Message("Already handled."),
    };
}
