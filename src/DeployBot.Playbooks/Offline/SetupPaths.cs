using DeployBot.Core.Environments;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The paths a plan names: the team's configured setup first, then files named in the notes or the linked change,
/// and only then the typical container + CI setup, which the plan labels as an assumption.
/// </summary>
internal sealed class SetupPaths(DeploymentSetup setup, NotesFacts names)
{
    private readonly HashSet<string> _assumed = [];

    public string Pipeline => setup.Pipeline ?? NamedFile(IsWorkflow) ?? Assume("pipeline", AssumedSetup.Pipeline);

    public string Deployment => setup.Manifests ?? NamedFile(IsManifest) ?? Assume("manifests", AssumedSetup.Deployment);

    /// <remarks>A deployment manifest the change touches is where its environment variables and secret references live.</remarks>
    public string ConfigMap => setup.Manifests ?? NamedFile(IsConfig) ?? NamedFile(IsManifest) ?? Assume("manifests", AssumedSetup.ConfigMap);

    /// <remarks>The chart's own <c>Chart.yaml</c> is its metadata, never the values the release runs with (<see cref="ProjectFiles"/>).</remarks>
    public string Chart => NamedFile(path => (path.Contains("values", StringComparison.OrdinalIgnoreCase) || path.Contains("chart", StringComparison.OrdinalIgnoreCase)) && !ProjectFiles.IsProjectOwn(path))
        ?? setup.Manifests ?? Assume("manifests", AssumedSetup.Chart);

    public string Terraform => NamedFile(path => path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase))
        ?? Assume("terraform", AssumedSetup.Terraform);

    public string Migrations => NamedFile(path => IsMigration(path) && !IsUnderScripts(path)) ?? setup.Migrations ?? Assume("migrations", AssumedSetup.Migrations);

    public string MigrationTool => setup.MigrationTool ?? "your migration tool";

    public string Snapshot => NamedFile(path => path.Contains("snapshot", StringComparison.OrdinalIgnoreCase) || path.Contains("backup", StringComparison.OrdinalIgnoreCase)) ?? Assume("snapshot", AssumedSetup.Snapshot);

    public string Backfill => NamedFile(IsScript) ?? NamedFile(IsUnderScripts) ?? Assume("scripts", AssumedSetup.Backfill);

    public string SmokeTests => setup.SmokeTests ?? Assume("smoke", AssumedSetup.SmokeTests);

    public string Flags => setup.FlagService ?? Assume("flags", AssumedSetup.Flags);

    public string RollbackRunbook => setup.RollbackRunbook ?? setup.Runbook ?? Assume("runbook", AssumedSetup.RollbackRunbook);

    public string Dashboards => setup.Dashboards.Count > 0
        ? string.Join(" and ", setup.Dashboards.Select(d => d.Url is null ? $"the {d.Name} dashboard" : $"the {d.Name} dashboard ({d.Url})"))
        : names.Dashboards.Count > 0 ? string.Join(" and ", names.Dashboards.Select(d => $"the {d} dashboard")) : "the service dashboard";

    /// <summary>What was assumed so far (read after the sections are written).</summary>
    public IReadOnlyCollection<string> Assumed => _assumed;

    private string? NamedFile(Func<string, bool> predicate) => names.Files.FirstOrDefault(predicate);

    private string Assume(string what, string path)
    {
        _assumed.Add(what);
        return path;
    }

    private static bool IsWorkflow(string path) => path.Contains(".github/workflows/", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".gitlab-ci.yml", StringComparison.OrdinalIgnoreCase);

    private static bool IsManifest(string path) => (path.Contains("k8s", StringComparison.OrdinalIgnoreCase) || path.Contains("deploy/", StringComparison.OrdinalIgnoreCase)) && path.EndsWith("deployment.yaml", StringComparison.OrdinalIgnoreCase);

    private static bool IsConfig(string path) => path.Contains("configmap", StringComparison.OrdinalIgnoreCase) || path.Contains("appsettings", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".env", StringComparison.OrdinalIgnoreCase);

    private static bool IsMigration(string path) =>
        path.Contains("migrat", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) || path.Contains("db/migrate", StringComparison.OrdinalIgnoreCase)
        || IsNumberedMigration(path);

    /// <summary>
    /// "20261115_orders_currency_not_null.rb" (Rails), "0042_add_customer_tier.py" (Django), "V90__drop.sql" (Flyway): a
    /// timestamped or numbered file is a migration the migration tool runs, never a backfill script.
    /// </summary>
    private static bool IsNumberedMigration(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var digits = name.TakeWhile(char.IsDigit).Count();
        return (digits >= 3 && name.Length > digits && name[digits] == '_')
            || (name.Length > 2 && (name[0] == 'V' || name[0] == 'v') && char.IsDigit(name[1]) && name.Contains("__", StringComparison.Ordinal));
    }

    /// <summary>A file under <c>scripts/</c> (a backfill written in SQL) is a job to run, not a migration.</summary>
    private static bool IsUnderScripts(string path) =>
        path.StartsWith("scripts/", StringComparison.OrdinalIgnoreCase) || path.Contains("/scripts/", StringComparison.OrdinalIgnoreCase);

    private static bool IsScript(string path) =>
        (path.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sh", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".rb", StringComparison.OrdinalIgnoreCase))
        && !IsMigration(path);
}
