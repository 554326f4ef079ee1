using DeployBot.Core.Environments;
using DeployBot.Slack;
using DeployBot.Teams;
using Microsoft.Extensions.Options;

namespace DeployBot.Host.Operations.Validation;

/// <summary>
/// Rules about <c>Environments</c> no single project can check: there is at least one environment, its <c>Risk</c> and
/// <c>RequireWindow</c> are values the binder understands (it silently skips ones it cannot convert inside a
/// dictionary, which would leave production at the default risk), and every environment has a release channel on
/// every platform that is switched on (Slack when its credentials are set, Teams when <c>Teams:AppId</c> is).
/// </summary>
internal sealed class EnvironmentSettingsValidator(IConfiguration configuration) : IValidateOptions<Dictionary<string, EnvironmentOptions>>
{
    private const string Section = EnvironmentOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, Dictionary<string, EnvironmentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sections = configuration.GetSection(Section).GetChildren().ToArray();
        if (sections.Length == 0)
        {
            return ValidateOptionsResult.Fail(
                $"{Section} is empty; add at least one environment (e.g. {Section}:staging:ReleaseChannel:Slack) to appsettings.json.");
        }

        var failures = new List<string>();
        foreach (var environment in sections.OrderBy(section => section.Key, StringComparer.OrdinalIgnoreCase))
        {
            CheckValues(environment, failures);
            if (options.TryGetValue(environment.Key, out var settings))
            {
                CheckReleaseChannels(environment.Key, settings, failures);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckValues(IConfigurationSection environment, List<string> failures)
    {
        var risk = environment[nameof(EnvironmentOptions.Risk)];
        if (!string.IsNullOrWhiteSpace(risk) && !Enum.TryParse<RiskLevel>(risk.Trim(), ignoreCase: true, out _))
        {
            failures.Add($"{environment.Path}:Risk is '{risk}'; set it to Low, Medium or High.");
        }

        var window = environment[nameof(EnvironmentOptions.RequireWindow)];
        if (!string.IsNullOrWhiteSpace(window) && !bool.TryParse(window.Trim(), out _))
        {
            failures.Add($"{environment.Path}:RequireWindow is '{window}'; set it to true or false.");
        }
    }

    private void CheckReleaseChannels(string environment, EnvironmentOptions settings, List<string> failures)
    {
        var slack = configuration.GetSection(SlackOptions.SectionName).Get<SlackOptions>() ?? new SlackOptions();
        var teams = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();
        if (slack.IsConfigured && string.IsNullOrWhiteSpace(settings.ReleaseChannel.Slack))
        {
            failures.Add(Missing(environment, "Slack", "the channel id (C…) from the channel's details"));
        }

        if (!teams.IsEmulatorMode && string.IsNullOrWhiteSpace(settings.ReleaseChannel.Teams))
        {
            failures.Add(Missing(environment, "Teams", "the channel id (19:…@thread.tacv2) from the channel's link"));
        }
    }

    private static string Missing(string environment, string platform, string what) =>
        $"{Section}:{environment}:ReleaseChannel:{platform} is empty but {platform} is enabled; set it to {what}.";
}
