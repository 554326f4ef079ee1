using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Environments;

/// <summary>The environments of configuration, looked up by name or alias, case-insensitively.</summary>
public sealed class EnvironmentCatalog
{
    private readonly Dictionary<string, DeploymentEnvironment> _byName;

    public EnvironmentCatalog(IOptions<Dictionary<string, EnvironmentOptions>> options)
        : this(options.Value)
    {
    }

    /// <summary>The environments with the team's setup: <c>Deployment:*</c> under each environment's own keys.</summary>
    public EnvironmentCatalog(IOptions<Dictionary<string, EnvironmentOptions>> options, IOptions<DeploymentOptions> deployment)
        : this(options.Value, deployment.Value)
    {
    }

    public EnvironmentCatalog(IReadOnlyDictionary<string, EnvironmentOptions> environments)
        : this(environments, deployment: null)
    {
    }

    public EnvironmentCatalog(IReadOnlyDictionary<string, EnvironmentOptions> environments, DeploymentOptions? deployment)
    {
        ArgumentNullException.ThrowIfNull(environments);
        All = environments
            .Select(pair => new DeploymentEnvironment(pair.Key, pair.Value) { Setup = DeploymentOptions.Merge(deployment, pair.Value.Deployment) })
            .OrderBy(environment => environment.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        _byName = new Dictionary<string, DeploymentEnvironment>(StringComparer.OrdinalIgnoreCase);
        foreach (var environment in All)
        {
            _byName[environment.Name] = environment;
        }

        foreach (var environment in All)
        {
            foreach (var alias in environment.Aliases)
            {
                _byName.TryAdd(alias, environment);
            }
        }
    }

    /// <summary>The environments under <c>Environments:&lt;name&gt;</c> of <paramref name="configuration"/>, with <c>Deployment:*</c>.</summary>
    public static EnvironmentCatalog FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var environments = configuration.GetSection(EnvironmentOptions.SectionName).Get<Dictionary<string, EnvironmentOptions>>();
        var deployment = configuration.GetSection(DeploymentOptions.SectionName).Get<DeploymentOptions>();
        return new EnvironmentCatalog(environments ?? new Dictionary<string, EnvironmentOptions>(), deployment);
    }

    /// <summary>Every configured environment, sorted by name.</summary>
    public IReadOnlyList<DeploymentEnvironment> All { get; }

    /// <summary>The environment with this name or alias, or null.</summary>
    public DeploymentEnvironment? Find(string? nameOrAlias) =>
        nameOrAlias is not null && _byName.TryGetValue(nameOrAlias.Trim(), out var environment) ? environment : null;

    /// <summary>"production (alias prod), staging" — for answers that list what exists.</summary>
    public string Describe() =>
        string.Join(", ", All.Select(e => e.Aliases.Count == 0 ? e.Name : $"{e.Name} (alias {string.Join(", ", e.Aliases)})"));
}
