using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.Platform;

/// <summary>
/// Messages only the requester sees: through the command's <c>response_url</c> when we have one (it works even where
/// the bot is not a channel member), else <c>chat.postEphemeral</c> in the channel they asked from.
/// </summary>
internal sealed class SlackRequesterMessenger(SlackApiClient slack, ILogger<SlackRequesterMessenger> logger)
{
    public async Task TellAsync(Requester requester, string message, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var text = SlackText.SanitiseKeepingChannelLinks(message);
        if (threadTs is null && TryResponseUrl(requester.ReplyAddress) is { } responseUrl)
        {
            try
            {
                await slack.PostToResponseUrlAsync(responseUrl, new ResponseUrlMessage(text), cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
            {
                // response_url lasts 30 minutes and 5 uses; after that the ephemeral API still reaches the person.
                SlackLog.ResponseUrlFailed(logger, exception.Message);
            }
        }

        try
        {
            await slack.PostEphemeralAsync(requester.ChannelId, requester.UserId, text, threadTs, cancellationToken);
        }
        catch (SlackApiException exception)
        {
            throw SlackDeliveryErrors.ToDelivery(exception, requester.ChannelId);
        }
        catch (HttpRequestException exception)
        {
            throw new ChatDeliveryException("Slack could not be reached; the message will be retried.", permanent: false, exception);
        }
    }

    private static Uri? TryResponseUrl(string? replyAddress) =>
        Uri.TryCreate(replyAddress, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
