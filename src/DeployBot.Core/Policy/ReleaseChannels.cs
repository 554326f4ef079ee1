using DeployBot.Core.Environments;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.Core.Policy;

/// <summary>Where an environment's plans go on each platform.</summary>
internal static class ReleaseChannels
{
    public const string DefaultConsoleChannel = "releases";

    /// <summary>The release channel id on <paramref name="platform"/>, or null when none is configured.</summary>
    public static string? Find(DeploymentEnvironment environment, string platform)
    {
        var channels = environment.Options.ReleaseChannel;
        var channel = platform switch
        {
            PlatformNames.Slack => channels.Slack,
            PlatformNames.Teams => channels.Teams,
            PlatformNames.Console => string.IsNullOrWhiteSpace(channels.Console) ? DefaultConsoleChannel : channels.Console,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(channel) ? null : channel.Trim();
    }

    /// <summary>The refusal when no release channel is configured, naming the key to set.</summary>
    public static string Missing(DeploymentEnvironment environment, string platform) =>
        $"No {platform} release channel is configured for {environment.Name}, so there is nowhere to post its plan. "
        + $"Ask an admin to set Environments:{environment.Name}:ReleaseChannel:{ConfigKey(platform)}.";

    private static string ConfigKey(string platform) =>
        platform.Length == 0 ? platform : char.ToUpperInvariant(platform[0]) + platform[1..];
}
