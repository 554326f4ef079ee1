using Microsoft.Extensions.Options;

namespace DeployBot.Teams;

/// <summary>Rules data annotations cannot say: credentials come in pairs, and metadata is fetched over HTTPS except from loopback.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        var hasId = !string.IsNullOrWhiteSpace(options.AppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.AppPassword);
        if (hasId && !hasPassword)
        {
            failures.Add("Teams:AppId is set but Teams:AppPassword is empty: set Teams__AppPassword to the app registration's client secret, or clear Teams:AppId to run in local emulator mode.");
        }

        if (!hasId && hasPassword)
        {
            failures.Add("Teams:AppPassword is set but Teams:AppId is empty: set Teams__AppId to the bot's Microsoft App ID.");
        }

        if (hasId && options.EmulatorMode == true)
        {
            failures.Add("Teams:EmulatorMode=true turns token checks off, but Teams:AppId is set: clear one of them.");
        }

        RequireHttps(options.OpenIdMetadataUrl, "Teams:OpenIdMetadataUrl", failures);
        RequireHttps(options.TokenEndpoint, "Teams:TokenEndpoint", failures);
        foreach (var url in options.AllowedServiceUrls)
        {
            RequireHttps(url, "Teams:AllowedServiceUrls", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttps(string? url, string key, List<string> failures)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            failures.Add($"{key} must be an absolute URL, got '{url}'.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            failures.Add($"{key} must use https (plain http is only accepted for 127.0.0.1/localhost test servers), got '{url}'.");
        }
    }
}
