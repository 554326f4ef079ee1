using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A Terraform provider, Terraform module or Helm chart release (<see cref="PackagedRelease"/>) adopted the way each is:
/// the version pin raised, the plan or diff reviewed for what the upgrade alone changes, then applied; the way back is the
/// previous pin, with the state or revision recorded before. Part of <see cref="InfraPlaybook"/>.
/// </summary>
internal static class PackageSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease package)
    {
        if (package.IsAnsible || package.Kind == Package.Operator)
        {
            foreach (var step in package.IsAnsible ? AnsibleSteps.Steps(facts, package) : OperatorPackageSteps.Steps(facts, package))
            {
                yield return step;
            }

            yield break;
        }

        if (package.Kind == Package.HelmChart)
        {
            var chart = facts.Paths.Chart;
            var pin = package.Version is { } v ? $" --version {v}" : string.Empty;
            yield return Manual(Phase.Prepare, $"Record the release's current revision (`helm history`) and the values it runs with (`helm get values`), then diff the upgrade to {package.Target} of {package.Called} (`helm diff upgrade …{pin} -f {chart}`) and have a second person review it", chart, 10);
            var breaking = Breaking(facts);
            if (ConfigPlaybook.ChartValues(facts) is { } settings)
            {
                var alsoBreaking = breaking.Length > 0 ? $", change what the chart's breaking changes touch{breaking}" : string.Empty;
                yield return Manual(Phase.Prepare, $"Set {settings} in `{chart}` before upgrading (a secret as a reference to a Kubernetes Secret, never its value in the file){alsoBreaking}, and diff again: `helm upgrade` applies the values with the new chart, so nothing restarts for them on its own", chart, 10);
            }
            else if (breaking.Length > 0)
            {
                yield return Manual(Phase.Prepare, $"Change the values in `{chart}` for the chart's breaking changes before upgrading{breaking}, and diff again", chart, 10);
            }

            yield return Automated(Phase.Rollout, $"Upgrade the release to {package.Target} of {package.Called} with `helm upgrade{pin} -f {chart} --atomic --wait` and wait until every pod is ready", chart, 15);
            yield break;
        }

        var tf = facts.Paths.Terraform;
        var what = package.Kind == Package.TerraformProvider
            ? "the new provider may upgrade the stored state of its resources, which the previous provider cannot read back"
            : "the new version may move, replace or destroy resources it manages";
        yield return Manual(Phase.Prepare, $"Back up the state of every root module that uses {package.Called} (`terraform state pull > before-upgrade.tfstate`, or record the remote backend's state version): {what}", tf, 5);
        if (package.Kind == Package.TerraformModule)
        {
            foreach (var floor in ModuleInterfaceSteps.Floors(facts, package))
            {
                yield return floor;
            }
        }

        yield return Manual(Phase.Prepare, package.Kind == Package.TerraformProvider
            ? $"Raise {package.Called}'s version constraint in `required_providers` to {package.Target}, run `terraform init -upgrade` and commit the updated `.terraform.lock.hcl` with it"
            : $"Set the `version` (or `?ref=`) of every module block that uses {package.Called} to {package.Target} and run `terraform init -upgrade`", tf, 5);
        if (package.Kind == Package.TerraformModule)
        {
            foreach (var step in ModuleInterfaceSteps.Steps(facts, package))
            {
                yield return step;
            }
        }

        var replaced = package.Kind == Package.TerraformModule
            ? "; a resource the module renamed needs a `moved` block (or `terraform state mv`), and no destroy or replace of a resource holding data (database, bucket, volume) is applied"
            : string.Empty;
        // After every change the configuration needs (the removals' uses taken out, what the notes ask set): the review reads
        // the plan those changes give, not one that still has them to come (a later phase than their Prepare steps).
        // A replace the notes announce of a group, role, key or database is a stop, never "a change the notes explain".
        yield return Manual(Phase.Expand, ForcedReplacement.Read(facts.Notes) is { } forced
            ? $"Run `terraform plan` with {package.Target} and have a second person review it: any replace (`-/+`, \"must be replaced\") of {forced.Called} is a stop: do not apply; first do what the notes give to avoid it (set the attribute explicitly, `lifecycle {{ ignore_changes = [...] }}`, or a `moved` block) and plan again until it shows no replace, and where the notes give no way to avoid it, apply it only with its owner's go, at a time when its absence is accepted. Every other update or destroy is one the notes explain{Breaking(facts, forced)}, with the configuration changed for it first{replaced}"
            : $"Run `terraform plan` with {package.Target} and have a second person review it: the upgrade alone should plan no changes, and every update, destroy or replace is one the notes explain{Breaking(facts)}, with the configuration changed for it first{replaced}", tf, 10);
        yield return Manual(Phase.Rollout, "Apply the reviewed plan with `terraform apply`, then run `terraform plan` again: it must show no changes", tf, 15);
    }

    public static string Check(PackagedRelease package) => package.Kind switch
    {
        Package.AnsibleCollection or Package.AnsibleRoles => AnsibleSteps.Check(package),
        Package.Operator => OperatorPackageSteps.Check(package),
        Package.TerraformProvider => $"Provider upgrade: every root module (workspace) that uses {package.Called} is listed, and each is planned and applied on its own, one state at a time, with no other change in the same apply; the state of each is backed up first (its state is what a provider's own state migration rewrites, and the way back).",
        Package.TerraformModule => $"Module upgrade: every caller of {package.Called} is listed, and each one's plan was read for destroy or replace before this window.",
        _ => $"Chart upgrade: the values in use were compared with {package.Called}'s new default values, and every key the notes rename or remove is changed before upgrading.",
    };

    /// <summary>The package's breaking changes break the operator's own values or Terraform configuration, not API consumers.</summary>
    public static string BreakingCheck(PackagedRelease package) => package.Kind == Package.Library ? LibrarySteps.BreakingCheck(package)
        : package.IsAnsible ? AnsibleSteps.BreakingCheck(package)
        : package.Kind == Package.Operator ? OperatorPackageSteps.BreakingCheck(package)
        : package.Kind == Package.HelmChart
        ? $"Breaking changes: every part of your own values that the notes' breaking changes touch is changed in the same change as the new version of {package.Called}, and the reviewed diff shows it."
        : $"Breaking changes: every part of your own Terraform configuration that the notes' breaking changes touch is changed in the same change as the new version of {package.Called}, and the reviewed plan shows it.";

    public static string Verification(PackagedRelease package) => package.IsAnsible ? AnsibleSteps.Verification(package)
        : package.Kind == Package.Operator ? OperatorPackageSteps.Verification(package)
        : package.Kind == Package.HelmChart
        ? $"Chart: `helm status` shows the release deployed at {package.Target} of {package.Called}, every pod ready and no restarts, and `helm get values` holds the reviewed values."
        : $"Terraform: after the apply, `terraform plan` on every root module that uses {package.Called} shows no changes (no drift, nothing left to replace).";

    public static string Rollback(PlanFacts facts, PackagedRelease package) => package.Kind switch
    {
        Package.AnsibleCollection or Package.AnsibleRoles => AnsibleSteps.Rollback(package),
        Package.Operator => OperatorPackageSteps.Rollback(facts, package),
        Package.TerraformProvider => "Provider rollback: put back the previous version constraint and `.terraform.lock.hcl` and run `terraform init -upgrade`; if the new provider already wrote the state and the previous one cannot read it, push the state backup taken before (`terraform state push`), only if nothing was applied after it." + Replaced(facts),
        Package.TerraformModule => "Module rollback: pin the previous module version and re-apply after reviewing its plan; a resource the new version destroyed or replaced comes back new and empty, so its data comes back only from a backup." + Replaced(facts),
        _ => $"Chart rollback: `helm rollback` to the revision recorded before the upgrade (`{facts.Paths.Chart}` back as it was); Helm does not roll back CRDs the new chart installed or changed, and data the new version migrated stays migrated.",
    };

    /// <summary>": "kubernetes" and "registry"", the breaking items the configuration or values change for; empty when there are none.</summary>
    /// <remarks>A change to the project's own metadata ("`apiVersion` … `Chart.yaml`") is no value of the operator's to change.</remarks>
    private static string Breaking(PlanFacts facts) => Wording.Items([.. facts.ItemsWith(RiskArea.Breaking).Where(item => !ProjectFiles.AboutOwnFile(item.Text))]);

    /// <summary>" A replaced `x` is a new object …": what no rollback undoes when the notes announce a replace; empty otherwise.</summary>
    private static string Replaced(PlanFacts facts) => ForcedReplacement.Read(facts.Notes) is { } forced
        ? $" Any {forced.Called} that an apply replaced is a new object with a new id: neither the previous version nor a state push brings the old one back, and whatever referred to the old id (members, role assignments, access policies, data) must be set up again on the new one; that is why the plan review stops on its replace."
        : string.Empty;

    /// <summary>The breaking items without those about the replaced resources: a replace is a stop, not a change the notes explain.</summary>
    private static string Breaking(PlanFacts facts, ForcedReplacement forced) => Wording.Items([.. facts.ItemsWith(RiskArea.Breaking)
        .Where(item => !ProjectFiles.AboutOwnFile(item.Text) && !forced.Names.Any(name => item.Text.Contains(name, StringComparison.OrdinalIgnoreCase)))]);
}
