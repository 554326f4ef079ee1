namespace DeployBot.Core.Planning.Offline;

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
    public const string Flags = "config/feature-flags.yaml";
    public const string RollbackRunbook = "docs/runbooks/rollback.md";

    public const string Description =
        "Assumption (no infrastructure details were given): a typical container + CI setup, with images built by "
        + "`" + Pipeline + "`, Kubernetes manifests in `deploy/k8s/`, migrations in `" + Migrations + "` and flags in `"
        + Flags + "`; adjust the paths below to your repository.";
}
