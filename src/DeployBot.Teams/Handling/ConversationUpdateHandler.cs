using DeployBot.Teams.Activities;

namespace DeployBot.Teams.Handling;

/// <summary>
/// <c>conversationUpdate</c>: when the bot itself is added (to a team or a personal chat) it says what it does.
/// The service URL, tenant and channel were already remembered by the dispatcher.
/// </summary>
internal sealed class ConversationUpdateHandler(ActivityReplies replies)
{
    private const string Welcome =
        "Hi, I'm DeployBot. I write deployment plans and post them in each environment's release channel with the on-call engineer mentioned.\n\n";

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var botAdded = botId is not null && (activity.MembersAdded ?? []).Any(member => string.Equals(member?.Id, botId, StringComparison.OrdinalIgnoreCase));
        if (botAdded)
        {
            await replies.TextAsync(activity with { Id = null }, Welcome + TeamsCommand.Usage, cancellationToken);
        }
    }
}
