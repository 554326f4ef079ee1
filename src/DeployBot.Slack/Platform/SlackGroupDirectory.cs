using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;

namespace DeployBot.Slack.Platform;

/// <summary>The members of a Slack user group (<c>usergroups.users.list</c>, scope <c>usergroups:read</c>), to tell who is on call.</summary>
internal sealed class SlackGroupDirectory(SlackApiClient slack) : IChatGroupDirectory
{
    public string Platform => Platforms.Slack;

    public async Task<IReadOnlyCollection<string>> GetMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.ListGroupMembersAsync(groupId, cancellationToken);
        }
        catch (SlackApiException exception)
        {
            throw new ChatDeliveryException($"Slack could not list the on-call group's members ({exception.Error}).", permanent: false, exception)
            {
                RetryAfter = exception.RetryAfter,
            };
        }
    }
}
