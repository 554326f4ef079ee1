namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The typical container + CI setup the offline planner assumes where the inputs say nothing about infrastructure
/// (plan-format.md). Every plan labels these paths as assumptions.
/// </summary>
internal static class AssumedSetup
{
    public const string Pipeline = ".github/workflows/deploy.yml";
    public const string Deployment = "deploy/k8s/deployment.yaml";
    public const string ConfigMap = "deploy/k8s/configmap.yaml";
    public const string Migrations = "db/migrations/";
    public const string Snapshot = "scripts/db-snapshot.sh";
    public const string Backfill = "scripts/backfill.sh";
    public const string SmokeTests = "tests/smoke/smoke.sh";
    public const string Terraform = "infra/terraform/main.tf";
    public const string Chart = "deploy/helm/values.yaml";
    public const string Flags = "config/feature-flags.yaml";
    public const string RollbackRunbook = "docs/runbooks/rollback.md";

    /// <summary>The assumption line, naming only what was assumed; null when the team's setup or the notes gave everything.</summary>
    public static string? Describe(IReadOnlyCollection<string> assumed) => assumed.Count == 0
        ? null
        : "Assumption (not configured under Deployment and not named in the notes): a typical container + CI setup for "
            + string.Join(", ", assumed.Order(StringComparer.Ordinal)) + "; adjust those paths below to your repository.";
}
