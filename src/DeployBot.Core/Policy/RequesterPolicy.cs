using DeployBot.Core.Conversations;
using DeployBot.Core.Environments;

namespace DeployBot.Core.Policy;

/// <summary>Who may ask for plans for an environment: its optional allow-lists of channels and users.</summary>
internal static class RequesterPolicy
{
    /// <summary>Null when <paramref name="requester"/> may ask; otherwise the refusal, naming the environment and who to ask.</summary>
    public static string? Check(DeploymentEnvironment environment, Requester requester) =>
        CheckUser(environment, requester) ?? CheckChannel(environment, requester);

    /// <summary>The user allow-list alone, for actions taken in the release channel itself (buttons, thread revisions).</summary>
    public static string? CheckUser(DeploymentEnvironment environment, Requester requester)
    {
        var allowed = environment.Options.AllowedUsers;
        return allowed.Length == 0 || allowed.Contains(requester.UserId, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"You are not on the list of people who may request {environment.Name} plans. "
                + $"Ask someone on it, or an admin to add you to Environments:{environment.Name}:AllowedUsers.";
    }

    private static string? CheckChannel(DeploymentEnvironment environment, Requester requester)
    {
        var options = environment.Options;
        if (options.AllowedChannels.Length > 0 && !options.AllowedChannels.Contains(requester.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return $"{Capitalize(environment.Name)} plans can't be requested from this channel. "
                + $"Ask from one of the allowed channels, or ask an admin to add this one to Environments:{environment.Name}:AllowedChannels.";
        }

        return null;
    }

    private static string Capitalize(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
