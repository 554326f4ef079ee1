using DeployBot.Core.Environments;

namespace DeployBot.Core.Tests.Requests;

/// <summary>The two environments the shipped appsettings.json describes, as a catalog.</summary>
internal static class TestEnvironments
{
    public static EnvironmentCatalog Catalog { get; } = new(new Dictionary<string, EnvironmentOptions>
    {
        ["staging"] = new() { Aliases = ["stage", "stg"], Risk = RiskLevel.Medium },
        ["production"] = new() { Aliases = ["prod"], Risk = RiskLevel.High, RequireWindow = true },
    });
}
