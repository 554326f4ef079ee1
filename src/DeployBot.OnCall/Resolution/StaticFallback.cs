using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.OnCall.Providers;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.OnCall.Resolution;

/// <summary>
/// What to show when the paging tool's person cannot be pinged: the statically configured id for the platform when
/// there is one (and the note says so), otherwise the person in plain text and why no ping happened. Never a guess.
/// </summary>
internal static class StaticFallback
{
    public static OnCallTarget NotPinged(DeploymentEnvironment environment, string platform, string reason, OnCallPerson? person, string source)
    {
        var onCall = environment.Options.OnCall;
        var (id, key) = platform switch
        {
            PlatformNames.Slack => (Blank(onCall.Slack), "Slack"),
            PlatformNames.Teams => (Blank(onCall.Teams.Id), "Teams:Id"),
            _ => (null, string.Empty),
        };
        if (id is not null)
        {
            var name = platform == PlatformNames.Teams ? Blank(onCall.Teams.Name) ?? Blank(onCall.Name) : Blank(onCall.Name);
            var who = person is null ? string.Empty : $"{person.Name} is on call per {source}, but ";
            return new OnCallTarget(
                id,
                name ?? person?.Name,
                $"{StaticOnCallResolver.SourceName} (fallback; {source})",
                $"{who}{reason}; pinged the configured fallback ({EnvironmentOptions.SectionName}:{environment.Name}:OnCall:{key}) instead");
        }

        var display = person?.Name ?? Blank(onCall.Name) ?? Blank(onCall.Teams.Name);
        return new OnCallTarget(null, display, person?.Source ?? source, reason);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
