using Microsoft.Extensions.Options;

namespace DeployBot.Planning.Model;

/// <summary>The rules data annotations cannot say: which keys each provider needs. Messages name the key to fix.</summary>
internal sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    private const string Prefix = ModelOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var provider = options.ProviderKind;
        if (provider == ModelProvider.Unknown)
        {
            failures.Add($"{Prefix}Provider '{options.Provider}' is not supported; use Offline, OpenAI, AzureOpenAI or OpenAICompatible.");
        }
        else if (provider != ModelProvider.Offline)
        {
            CheckModelKeys(options, provider, failures);
        }

        if (options.TotalTimeoutSeconds < options.AttemptTimeoutSeconds)
        {
            failures.Add($"{Prefix}TotalTimeoutSeconds ({options.TotalTimeoutSeconds}) must be at least {Prefix}AttemptTimeoutSeconds ({options.AttemptTimeoutSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckModelKeys(ModelOptions options, ModelProvider provider, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ModelId))
        {
            failures.Add($"{Prefix}ModelId is required when {Prefix}Provider is {provider}"
                + (provider == ModelProvider.AzureOpenAI ? " (the Azure OpenAI deployment name)." : "."));
        }

        var endpointRequired = provider is ModelProvider.OpenAICompatible or ModelProvider.AzureOpenAI;
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            if (endpointRequired)
            {
                failures.Add($"{Prefix}Endpoint is required when {Prefix}Provider is {provider}"
                    + (provider == ModelProvider.OpenAICompatible ? " (the server's base URL ending in /v1, e.g. http://localhost:11434/v1)." : "."));
            }
        }
        else if (!IsHttpUrl(options.Endpoint, requireHttps: provider == ModelProvider.AzureOpenAI))
        {
            failures.Add(provider == ModelProvider.AzureOpenAI
                ? $"{Prefix}Endpoint must be an absolute https:// URL for AzureOpenAI."
                : $"{Prefix}Endpoint must be an absolute http:// or https:// URL.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiKey) && IsPlainHttpToAnotherHost(options.Endpoint))
        {
            // The key would cross the network in clear text; a local server (Ollama on this machine) is fine.
            failures.Add($"{Prefix}Endpoint must use https:// when {Prefix}ApiKey is set (plain http is only accepted for localhost/127.0.0.1).");
        }

        if ((provider is ModelProvider.OpenAI or ModelProvider.AzureOpenAI) && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{Prefix}ApiKey is required when {Prefix}Provider is {provider} (set it with the environment variable Model__ApiKey).");
        }
    }

    private static bool IsPlainHttpToAnotherHost(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback;

    private static bool IsHttpUrl(string value, bool requireHttps) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp));
}
