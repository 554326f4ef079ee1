using DeployBot.Slack.Api;
using Microsoft.Extensions.Options;

namespace DeployBot.Slack.Platform;

/// <summary>
/// The bot's own user id, to ignore its own messages: configuration first, then what event envelopes say
/// (<c>authorizations[0].user_id</c>), then <c>auth.test</c> once.
/// </summary>
internal sealed class SlackBotIdentity(SlackApiClient slack, IOptions<SlackOptions> options)
{
    private string? _userId = string.IsNullOrWhiteSpace(options.Value.BotUserId) ? null : options.Value.BotUserId;

    public async ValueTask<string?> GetUserIdAsync(string? fromEnvelope, CancellationToken cancellationToken)
    {
        if (_userId is not null)
        {
            return _userId;
        }

        if (!string.IsNullOrEmpty(fromEnvelope))
        {
            return _userId = fromEnvelope;
        }

        try
        {
            return _userId = (await slack.AuthTestAsync(cancellationToken)).UserId;
        }
        catch (SlackApiException)
        {
            // Without our id, messages with bot_id are still ignored; only a plain-user echo could slip through.
            return null;
        }
    }
}
