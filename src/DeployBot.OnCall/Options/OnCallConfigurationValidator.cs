using DeployBot.Core.Environments;
using Microsoft.Extensions.Options;

namespace DeployBot.OnCall.Options;

/// <summary>
/// Checks at start that every environment's on-call provider is known and has what it needs: one clear line per
/// problem, naming the configuration key to set. The secrets themselves never appear in a message.
/// </summary>
internal sealed class OnCallConfigurationValidator(IOptions<PagerDutyOptions> pagerDuty, IOptions<OpsgenieOptions> opsgenie)
    : IValidateOptions<Dictionary<string, EnvironmentOptions>>
{
    public ValidateOptionsResult Validate(string? name, Dictionary<string, EnvironmentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (environment, settings) in options.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
        {
            var onCall = settings.OnCall;
            var key = $"{EnvironmentOptions.SectionName}:{environment}:OnCall";
            switch (OnCallProviders.Canonical(onCall.Provider))
            {
                case null:
                    problems.Add($"{key}:Provider is '{onCall.Provider}', which is not one of {string.Join(", ", OnCallProviders.All)}.");
                    break;
                case OnCallProviders.PagerDuty:
                    used.Add(OnCallProviders.PagerDuty);
                    if (Blank(onCall.ScheduleId) && Blank(onCall.EscalationPolicyId))
                    {
                        problems.Add($"{key}:Provider is PagerDuty but neither {key}:ScheduleId nor {key}:EscalationPolicyId is set.");
                    }

                    break;
                case OnCallProviders.Opsgenie:
                    used.Add(OnCallProviders.Opsgenie);
                    if (Blank(onCall.ScheduleId))
                    {
                        problems.Add($"{key}:Provider is Opsgenie but {key}:ScheduleId is not set.");
                    }

                    break;
            }
        }

        if (used.Contains(OnCallProviders.PagerDuty))
        {
            Check(pagerDuty.Value, PagerDutyOptions.SectionName, "ApiToken", problems);
        }

        if (used.Contains(OnCallProviders.Opsgenie))
        {
            Check(opsgenie.Value, OpsgenieOptions.SectionName, "ApiKey", problems);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check(OnCallProviderOptions options, string section, string secretKey, List<string> problems)
    {
        if (options.Secret is null)
        {
            problems.Add($"{section}:{secretKey} is not set, but an environment's on-call provider is {section}.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{section}:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            // The token would cross the network in clear text; only a local test server may be plain http.
            problems.Add($"{section}:ApiBaseUrl must use https:// (plain http is only accepted for localhost/127.0.0.1), got '{options.ApiBaseUrl}'.");
        }

        Range(options.TimeoutSeconds, 1, 120, $"{section}:TimeoutSeconds", problems);
        Range(options.MaxRetryAttempts, 0, 5, $"{section}:MaxRetryAttempts", problems);
        Range(options.RetryDelayMilliseconds, 1, 30_000, $"{section}:RetryDelayMilliseconds", problems);
        Range(options.TotalTimeoutSeconds, options.TimeoutSeconds, 300, $"{section}:TotalTimeoutSeconds", problems);
    }

    private static void Range(int value, int min, int max, string key, List<string> problems)
    {
        if (value < min || value > max)
        {
            problems.Add($"{key} is {value}; it must be between {min} and {max}.");
        }
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
