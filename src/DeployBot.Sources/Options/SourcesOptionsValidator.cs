using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DeployBot.Sources.Options;

/// <summary>
/// Checks <c>Sources:*</c> at start, one line per problem: API bases are absolute http(s) URLs, hosts are bare host
/// names, limits are sane, and tokens come from the environment, never from a configuration file.
/// </summary>
internal sealed class SourcesOptionsValidator(IConfiguration configuration) : IValidateOptions<SourcesOptions>
{
    private const string Section = SourcesOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckForge(options.GitHub, failures);
        CheckForge(options.GitLab, failures);
        CheckHosts($"{Section}:AllowedHosts", options.AllowedHosts, failures);
        if (options.TimeoutSeconds is < 1 or > 60)
        {
            failures.Add($"{Section}:TimeoutSeconds is {options.TimeoutSeconds}; set it between 1 and 60.");
        }

        if (options.MaxRetryAttempts is < 0 or > 5)
        {
            failures.Add($"{Section}:MaxRetryAttempts is {options.MaxRetryAttempts}; set it between 0 and 5.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckForge(ForgeOptions forge, List<string> failures)
    {
        var prefix = $"{Section}:{forge.Name}";
        if (!Uri.TryCreate(forge.ApiBaseUrl?.Trim(), UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{prefix}:ApiBaseUrl is '{forge.ApiBaseUrl}'; set it to the API's absolute URL (e.g. {Default(forge)}).");
        }

        CheckHosts($"{prefix}:WebHosts", forge.WebHosts, failures);
        if (forge.Secret is not null && FromAFile(forge.TokenKey))
        {
            failures.Add($"{forge.TokenKey} is set in a configuration file; remove it there and set the environment variable {forge.TokenKey.Replace(":", "__", StringComparison.Ordinal)} instead.");
        }
    }

    private static void CheckHosts(string key, string[] hosts, List<string> failures)
    {
        foreach (var host in hosts.Where(host => Uri.CheckHostName(host?.Trim()) == UriHostNameType.Unknown))
        {
            failures.Add($"{key} has '{host}'; list bare host names (raw.githubusercontent.com), without scheme or path.");
        }
    }

    /// <summary>True when a JSON/INI/XML file provider (not the environment or the command line) holds <paramref name="key"/>.</summary>
    private bool FromAFile(string key) =>
        configuration is IConfigurationRoot root
        && root.Providers.OfType<FileConfigurationProvider>().Any(provider => provider.TryGet(key, out var value) && !string.IsNullOrWhiteSpace(value));

    private static string Default(ForgeOptions forge) => forge is GitHubSourceOptions ? "https://api.github.com/" : "https://gitlab.com/api/v4/";
}
