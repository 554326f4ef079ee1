using Microsoft.Extensions.Configuration;

namespace DeployBot.WebConsole;

/// <summary>Decides whether the console runs: <c>Console:Enabled</c> when set, else on only with no platform configured.</summary>
internal static class ConsoleActivation
{
    /// <summary>The keys whose presence means a real chat platform is configured.</summary>
    internal static readonly string[] PlatformKeys = ["Slack:BotToken", "Teams:AppId"];

    public static bool IsEnabled(IConfiguration configuration) => Decide(configuration).Enabled;

    /// <summary>Whether the console runs, and why (for the startup log).</summary>
    public static (bool Enabled, string Reason) Decide(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(ConsoleOptions.SectionName).GetValue<bool?>(nameof(ConsoleOptions.Enabled));
        if (configured is { } setting)
        {
            return (setting, $"Console:Enabled={setting.ToString().ToLowerInvariant()}");
        }

        var platform = PlatformKeys.FirstOrDefault(key => !string.IsNullOrWhiteSpace(configuration[key]));
        return platform is null
            ? (true, "no chat platform is configured")
            : (false, $"{platform} is set, so a chat platform is configured");
    }
}

/// <summary>Registered only when the console is enabled, so <c>MapLocalConsole</c> knows whether to map anything.</summary>
internal sealed record ConsoleEnabledMarker(string Reason);
