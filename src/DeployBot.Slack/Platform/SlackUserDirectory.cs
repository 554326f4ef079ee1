using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;

namespace DeployBot.Slack.Platform;

/// <summary>Maps a paging tool's on-call e-mail to a Slack user with <c>users.lookupByEmail</c> (scope <c>users:read.email</c>).</summary>
internal sealed class SlackUserDirectory(SlackApiClient slack) : IChatUserDirectory
{
    public string Platform => Platforms.Slack;

    public async Task<string?> FindUserIdByEmailAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.LookupUserByEmailAsync(email, cancellationToken);
        }
        catch (SlackApiException exception)
        {
            throw new ChatDeliveryException($"Slack could not look up the on-call person ({exception.Error}).", permanent: false, exception)
            {
                RetryAfter = exception.RetryAfter,
            };
        }
    }
}
