namespace DeployBot.Core.Environments;

/// <summary>
/// The team's own setup from <c>Deployment:*</c> configuration (global, overridable per environment): the planner
/// uses these instead of assumed paths, and says "Assumption" only for what is not known.
/// </summary>
public sealed record DeploymentSetup
{
    public static DeploymentSetup None { get; } = new();

    /// <summary>The deploy pipeline: a workflow file (<c>.github/workflows/deploy.yml</c>) or a job URL.</summary>
    public string? Pipeline { get; init; }

    /// <summary>Where the manifests or chart live (<c>deploy/helm/shop</c>).</summary>
    public string? Manifests { get; init; }

    /// <summary>The migrations directory (<c>db/migrations/</c>).</summary>
    public string? Migrations { get; init; }

    /// <summary>The migration tool (<c>flyway</c>, <c>alembic</c>, <c>rails db:migrate</c>).</summary>
    public string? MigrationTool { get; init; }

    /// <summary>Where flags are switched (<c>LaunchDarkly</c>, <c>config/flags.yaml</c>).</summary>
    public string? FlagService { get; init; }

    public IReadOnlyList<DashboardLink> Dashboards { get; init; } = [];

    public string? Runbook { get; init; }

    public string? RollbackRunbook { get; init; }

    /// <summary>The smoke tests (<c>tests/smoke/run.sh</c> or a job URL).</summary>
    public string? SmokeTests { get; init; }

    public bool IsEmpty => this == None || (Pipeline, Manifests, Migrations, MigrationTool, FlagService, Runbook, RollbackRunbook, SmokeTests) == default && Dashboards.Count == 0;
}

/// <summary>A dashboard the team watches during a deployment.</summary>
public sealed record DashboardLink(string Name, string? Url);
