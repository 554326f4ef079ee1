using Microsoft.Extensions.Options;

namespace DeployBot.Core.Environments;

/// <summary>
/// Checks <c>Deployment:*</c> and every <c>Environments:&lt;name&gt;:Deployment:*</c> at start: a dashboard has a name,
/// and its URL, when given, is an absolute http(s) address a person can open from the plan.
/// </summary>
internal sealed class DeploymentSettingsValidator : IValidateOptions<DeploymentOptions>, IValidateOptions<Dictionary<string, EnvironmentOptions>>
{
    public ValidateOptionsResult Validate(string? name, DeploymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result(Check(DeploymentOptions.SectionName, options));
    }

    public ValidateOptionsResult Validate(string? name, Dictionary<string, EnvironmentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .SelectMany(pair => Check($"{EnvironmentOptions.SectionName}:{pair.Key}:{DeploymentOptions.SectionName}", pair.Value.Deployment));
        return Result(failures);
    }

    private static IEnumerable<string> Check(string path, DeploymentOptions? options)
    {
        var dashboards = options?.Dashboards ?? [];
        for (var i = 0; i < dashboards.Length; i++)
        {
            var dashboard = dashboards[i];
            if (string.IsNullOrWhiteSpace(dashboard.Name))
            {
                yield return $"{path}:Dashboards:{i}:Name is empty; name the dashboard as people call it (\"Checkout latency\").";
            }

            if (!string.IsNullOrWhiteSpace(dashboard.Url) && !IsWebAddress(dashboard.Url))
            {
                yield return $"{path}:Dashboards:{i}:Url is '{dashboard.Url}'; set it to an absolute https:// address.";
            }
        }
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static ValidateOptionsResult Result(IEnumerable<string> failures)
    {
        var list = failures.ToList();
        return list.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(list);
    }
}
