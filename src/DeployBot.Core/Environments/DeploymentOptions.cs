namespace DeployBot.Core.Environments;

/// <summary>
/// <c>Deployment:*</c> (every environment) and <c>Environments:&lt;name&gt;:Deployment:*</c> (that environment, key by
/// key): the team's own setup (CONTRACT.md). Unset keys stay null, so an environment overrides only what it names.
/// </summary>
public sealed class DeploymentOptions
{
    public const string SectionName = "Deployment";

    public string? Pipeline { get; set; }

    public string? Manifests { get; set; }

    public string? Migrations { get; set; }

    public string? MigrationTool { get; set; }

    public string? FlagService { get; set; }

    /// <summary>An array, not a list: the binder appends to a list it finds filled.</summary>
    public DashboardOptions[] Dashboards { get; set; } = [];

    public string? Runbook { get; set; }

    public string? RollbackRunbook { get; set; }

    public string? SmokeTests { get; set; }

    /// <summary>The setup of an environment: its own value for each key, else the global one, else none.</summary>
    public static DeploymentSetup Merge(DeploymentOptions? global, DeploymentOptions? environment)
    {
        var setup = new DeploymentSetup
        {
            Pipeline = Pick(environment?.Pipeline, global?.Pipeline),
            Manifests = Pick(environment?.Manifests, global?.Manifests),
            Migrations = Pick(environment?.Migrations, global?.Migrations),
            MigrationTool = Pick(environment?.MigrationTool, global?.MigrationTool),
            FlagService = Pick(environment?.FlagService, global?.FlagService),
            Dashboards = LinksOf(environment) ?? LinksOf(global) ?? [],
            Runbook = Pick(environment?.Runbook, global?.Runbook),
            RollbackRunbook = Pick(environment?.RollbackRunbook, global?.RollbackRunbook),
            SmokeTests = Pick(environment?.SmokeTests, global?.SmokeTests),
        };
        return setup.IsEmpty ? DeploymentSetup.None : setup;
    }

    private static string? Pick(string? own, string? shared) =>
        !string.IsNullOrWhiteSpace(own) ? own.Trim() : !string.IsNullOrWhiteSpace(shared) ? shared.Trim() : null;

    private static DashboardLink[]? LinksOf(DeploymentOptions? options)
    {
        var links = (options?.Dashboards ?? [])
            .Where(dashboard => !string.IsNullOrWhiteSpace(dashboard.Name) || !string.IsNullOrWhiteSpace(dashboard.Url))
            .Select(dashboard => new DashboardLink(
                string.IsNullOrWhiteSpace(dashboard.Name) ? dashboard.Url!.Trim() : dashboard.Name.Trim(),
                string.IsNullOrWhiteSpace(dashboard.Url) ? null : dashboard.Url.Trim()))
            .ToArray();
        return links.Length == 0 ? null : links;
    }
}

/// <summary>One entry of <c>Deployment:Dashboards</c>: <c>{ "Name": "Checkout latency", "Url": "https://…" }</c>.</summary>
public sealed class DashboardOptions
{
    public string? Name { get; set; }

    public string? Url { get; set; }
}
