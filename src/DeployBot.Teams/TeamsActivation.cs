using Microsoft.Extensions.Configuration;

namespace DeployBot.Teams;

/// <summary>How <c>/api/messages</c> runs: with token checks, as a local emulator endpoint, or not at all.</summary>
internal enum TeamsMode
{
    /// <summary>Teams is not configured and emulator mode was not asked for: <c>/api/messages</c> is not mapped (404).</summary>
    Off,

    /// <summary>No app id: no token checks, this machine only (Agents Playground, the Bot Framework Emulator).</summary>
    Emulator,

    /// <summary><c>Teams:AppId</c> is set: every request carries a validated Bot Connector token.</summary>
    Connected,
}

/// <summary>
/// Decides the <see cref="TeamsMode"/> from configuration. Emulator mode checks no tokens, so it is never a fallback for
/// a deployed host: it runs only when <c>Teams:EmulatorMode=true</c>, or when no chat platform is configured at all
/// (the rule that turns the local console on). A Slack-only host therefore has no Teams endpoint.
/// </summary>
internal static class TeamsActivation
{
    /// <summary>Keys whose presence means a chat platform is configured (the console's rule).</summary>
    private static readonly string[] PlatformKeys = ["Slack:BotToken", "Slack:AppToken", "Teams:AppId"];

    public static TeamsMode Decide(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TeamsOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(section[nameof(TeamsOptions.AppId)]))
        {
            return TeamsMode.Connected;
        }

        if (section.GetValue<bool?>(nameof(TeamsOptions.EmulatorMode)) is { } asked)
        {
            return asked ? TeamsMode.Emulator : TeamsMode.Off;
        }

        return PlatformKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key])) ? TeamsMode.Off : TeamsMode.Emulator;
    }
}

/// <summary>The decided mode, registered once so the endpoint mapping and the startup report agree.</summary>
internal sealed record TeamsModeSetting(TeamsMode Mode);
