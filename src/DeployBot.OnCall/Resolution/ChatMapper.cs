using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.OnCall.Providers;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.OnCall.Resolution;

/// <summary>
/// Turns the paging tool's person into someone a plan can mention: Slack by e-mail (<c>users.lookupByEmail</c>),
/// Teams by e-mail as the UPN, the console by name.
/// </summary>
internal sealed class ChatMapper(IEnumerable<IChatUserDirectory> directories)
{
    /// <returns>The target, and whether the answer holds for the whole shift (false when the chat lookup itself failed).</returns>
    public async Task<(OnCallTarget Target, bool Definite)> MapAsync(
        DeploymentEnvironment environment, string platform, OnCallPerson person, string source, CancellationToken cancellationToken)
    {
        switch (platform)
        {
            case PlatformNames.Slack:
                return await SlackAsync(environment, person, source, cancellationToken);
            case PlatformNames.Teams when person.Email is not null:
                return (new OnCallTarget(person.Email, person.Name, person.Source), true);
            case PlatformNames.Teams:
                return (StaticFallback.NotPinged(environment, platform, $"{source} gives no e-mail for {person.Name}, so no Teams user can be mentioned", person, source), true);
            default:
                return (new OnCallTarget(null, person.Name, person.Source), true);
        }
    }

    private async Task<(OnCallTarget Target, bool Definite)> SlackAsync(
        DeploymentEnvironment environment, OnCallPerson person, string source, CancellationToken cancellationToken)
    {
        if (person.Email is null)
        {
            return (NotPinged($"{source} gives no e-mail for {person.Name}, so no Slack user can be found"), true);
        }

        var directory = directories.FirstOrDefault(candidate => candidate.Platform == PlatformNames.Slack);
        if (directory is null)
        {
            return (NotPinged("Slack user lookup is not available on this bot"), false);
        }

        string? userId;
        try
        {
            userId = await directory.FindUserIdByEmailAsync(person.Email, cancellationToken);
        }
        catch (ChatDeliveryException exception)
        {
            return (NotPinged($"Slack could not look up {person.Email} ({exception.UserMessage})"), false);
        }
        catch (HttpRequestException exception)
        {
            return (NotPinged($"Slack could not look up {person.Email} ({exception.HttpRequestError})"), false);
        }

        return userId is null
            ? (NotPinged($"{person.Email} has no Slack account with that e-mail"), true)
            : (new OnCallTarget(userId, person.Name, person.Source), true);

        OnCallTarget NotPinged(string reason) => StaticFallback.NotPinged(environment, PlatformNames.Slack, reason, person, person.Source);
    }
}
