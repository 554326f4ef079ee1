using DeployBot.Core.Environments;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.Core.Platforms;

/// <summary>The on-call people named in configuration (<c>Environments:&lt;env&gt;:OnCall</c>), per platform. Public so a
/// paging-tool resolver can fall back to it (<see cref="Resolve"/>).</summary>
public sealed class StaticOnCallResolver : IOnCallResolver
{
    public const string SourceName = "static configuration";

    public Task<OnCallTarget> ResolveAsync(DeploymentEnvironment environment, string platform, string? window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Task.FromResult(Resolve(environment, platform));
    }

    public static OnCallTarget Resolve(DeploymentEnvironment environment, string platform)
    {
        var onCall = environment.Options.OnCall;
        var name = Blank(onCall.Name);
        var target = platform switch
        {
            PlatformNames.Slack when Blank(onCall.Slack) is { } slack => new OnCallTarget(slack, name, SourceName),
            PlatformNames.Teams when Blank(onCall.Teams.Id) is { } teams => new OnCallTarget(teams, Blank(onCall.Teams.Name) ?? name, SourceName),
            _ => null,
        };
        if (target is not null)
        {
            return target;
        }

        // No mention is possible here; a configured name still tells people who to call.
        var displayName = name ?? Blank(onCall.Teams.Name);
        return displayName is not null
            ? new OnCallTarget(null, displayName, SourceName, platform == PlatformNames.Console ? null : $"no {platform} id is configured to mention")
            : OnCallTarget.Nobody($"no on-call is configured for {environment.Name}; set Environments:{environment.Name}:OnCall:{Key(platform)}");
    }

    private static string Key(string platform) => platform switch
    {
        PlatformNames.Slack => "Slack",
        PlatformNames.Teams => "Teams:Id",
        _ => "Name",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
