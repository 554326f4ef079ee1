namespace DeployBot.Core.Environments;

/// <summary>A configured target environment with its canonical name and policy.</summary>
public sealed record DeploymentEnvironment(string Name, EnvironmentOptions Options)
{
    public RiskLevel Risk => Options.Risk;

    public bool RequireWindow => Options.RequireWindow;

    public IReadOnlyList<string> Aliases => Options.Aliases;

    /// <summary>The team's pipeline, manifests, dashboards and runbooks for this environment; empty when not configured.</summary>
    public DeploymentSetup Setup { get; init; } = DeploymentSetup.None;

    /// <summary>True for names that mean production: plans there are the strictest.</summary>
    public bool IsProduction =>
        Name.Equals("production", StringComparison.OrdinalIgnoreCase)
        || Name.Equals("prod", StringComparison.OrdinalIgnoreCase)
        || Risk == RiskLevel.High;
}
