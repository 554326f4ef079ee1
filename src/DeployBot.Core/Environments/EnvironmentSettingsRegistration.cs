using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Environments;

/// <summary>
/// Binds the <c>Environments</c> section exactly once, however many projects ask for it. Binding the same section twice
/// appends to arrays, so aliases and allow-lists came out repeated ("prod, prod, prod").
/// </summary>
public static class EnvironmentSettingsRegistration
{
    public static OptionsBuilder<Dictionary<string, EnvironmentOptions>> AddEnvironmentSettings(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<Dictionary<string, EnvironmentOptions>>();
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(EnvironmentsBound)))
        {
            services.AddSingleton<EnvironmentsBound>();
            options.BindConfiguration(EnvironmentOptions.SectionName);
        }

        return options;
    }

    /// <summary>Marks the section as bound.</summary>
    private sealed class EnvironmentsBound;
}
