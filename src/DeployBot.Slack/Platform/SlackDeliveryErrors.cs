using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Platform;

/// <summary>Slack API failures as <see cref="ChatDeliveryException"/>s the worker and the requester understand.</summary>
internal static class SlackDeliveryErrors
{
    public static ChatDeliveryException ToDelivery(SlackApiException exception, string channelId)
    {
        var channel = SlackText.ChannelLink(channelId);
        return exception.Error switch
        {
            "not_in_channel" or "channel_not_found" =>
                new ChatDeliveryException(
                    $"I can't post in {channel}: invite @DeployBot to the channel (/invite @DeployBot) and run the command again.",
                    permanent: true,
                    exception),
            "is_archived" =>
                new ChatDeliveryException(
                    $"I can't post in {channel}: the channel is archived. Unarchive it, or ask an admin to point this environment at another release channel.",
                    permanent: true,
                    exception),
            "msg_too_long" or "invalid_blocks" or "msg_blocks_too_long" or "invalid_arguments" =>
                new ChatDeliveryException($"Slack refused the message for {channel} ({exception.Error}).", permanent: true, exception),
            "ratelimited" or "rate_limited" =>
                new ChatDeliveryException("Slack is rate-limiting DeployBot; the plan will be posted shortly.", permanent: false, exception)
                {
                    RetryAfter = exception.RetryAfter,
                },
            _ => new ChatDeliveryException($"Slack did not accept the message ({exception.Error}).", permanent: false, exception),
        };
    }
}
