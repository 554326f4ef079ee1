using System.Text.Json.Nodes;
using DeployBot.Core.Platforms;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Cards;
using DeployBot.Teams.Connector;
using Microsoft.Extensions.Logging;

namespace DeployBot.Teams.Handling;

/// <summary>Answers an incoming activity through the connector (Bot Framework wants replies there, not in the HTTP response).</summary>
internal sealed class ActivityReplies(ConnectorClient connector, ILogger<ActivityReplies> logger)
{
    public Task<string?> TextAsync(Activity incoming, string text, CancellationToken cancellationToken) =>
        SendAsync(incoming, Reply(incoming) with { Text = TeamsMarkdown.NeutraliseKeepingBotLinks(text) }, cancellationToken);

    public Task<string?> CardAsync(Activity incoming, JsonObject card, CancellationToken cancellationToken) =>
        SendAsync(incoming, Reply(incoming) with { Attachments = [AdaptiveCard.ToAttachment(card)] }, cancellationToken);

    /// <summary>Replaces the card the user acted on (<c>replyToId</c>); when Teams will not update it, sends the card anew.</summary>
    public async Task ReplaceCardAsync(Activity incoming, JsonObject card, CancellationToken cancellationToken)
    {
        if (incoming.ReplyToId is { Length: > 0 } cardId && incoming.ServiceUrl is { } serviceUrl && incoming.Conversation?.Id is { } conversationId)
        {
            var update = Reply(incoming) with { ReplyToId = null, Attachments = [AdaptiveCard.ToAttachment(card)] };
            if (await TryAsync(() => connector.UpdateActivityAsync(serviceUrl, conversationId, cardId, update, cancellationToken)) is not null)
            {
                return;
            }

            Log.CardUpdateFailed(logger, conversationId);
        }

        await CardAsync(incoming, (JsonObject)card.DeepClone(), cancellationToken);
    }

    private async Task<string?> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        if (incoming.ServiceUrl is not { } serviceUrl || incoming.Conversation?.Id is not { } conversationId)
        {
            return null;
        }

        var response = await TryAsync(() => incoming.Id is { Length: > 0 } id
            ? connector.ReplyToActivityAsync(serviceUrl, conversationId, id, reply, cancellationToken)
            : connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken));
        return response?.Id;
    }

    /// <summary>A reply that cannot be delivered is logged, never turned into an HTTP error: the activity itself was handled.</summary>
    private async Task<ResourceResponse?> TryAsync(Func<Task<ResourceResponse>> send)
    {
        try
        {
            return await send();
        }
        catch (ConnectorException exception)
        {
            Log.ReplyFailed(logger, (int)exception.StatusCode, exception.ErrorCode ?? exception.Message);
        }
        catch (ChatDeliveryException exception)
        {
            Log.ReplyRefused(logger, exception.UserMessage);
        }
        catch (HttpRequestException exception)
        {
            Log.ReplyRefused(logger, exception.Message);
        }
        catch (Polly.Timeout.TimeoutRejectedException exception)
        {
            Log.ReplyRefused(logger, exception.Message);
        }

        return null;
    }

    private static Activity Reply(Activity incoming) => new()
    {
        Type = ActivityTypes.Message,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };
}
