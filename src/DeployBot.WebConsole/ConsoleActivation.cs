using Microsoft.Extensions.Configuration;

namespace DeployBot.WebConsole;

/// <summary>Decides whether the console runs: <c>Console:Enabled</c> when set, else on only with no platform configured.</summary>
internal static class ConsoleActivation
{
    /// <summary>The keys whose presence means a real chat platform is configured.</summary>
    internal static readonly string[] PlatformKeys = ["Slack:BotToken", "Teams:AppId"];

    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(ConsoleOptions.SectionName).GetValue<bool?>(nameof(ConsoleOptions.Enabled));
        return configured ?? !PlatformKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
    }
}

/// <summary>Registered only when the console is enabled, so <c>MapLocalConsole</c> knows whether to map anything.</summary>
internal sealed class ConsoleEnabledMarker;
