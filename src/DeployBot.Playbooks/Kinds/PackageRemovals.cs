using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What a Terraform provider or module removes (a sub-module, a variable, an argument) is used by the operator's own
/// configuration, and what a library removes by the code of the services that call it, not by API consumers: no access
/// logs or client versions show it, the configuration or the code does, and the reviewed plan or CI shows what goes with it (a Helm chart's renamed and removed values keep their own steps). Part of
/// <see cref="ContractPlaybook"/>; a rename keeps its own step, which sets the new name.
/// </summary>
internal static class PackageRemovals
{
    /// <summary>The Terraform provider or module, or the library, the notes are the changelog of, or null.</summary>
    public static PackagedRelease? Of(PlanFacts facts) => facts.Package is { Kind: Package.TerraformModule or Package.TerraformProvider or Package.Library or Package.AnsibleCollection or Package.AnsibleRoles } package ? package : null;

    /// <summary>Where the step's change is made: the Terraform configuration, or (for a library) the code of the services that use it.</summary>
    public static string? Reference(PlanFacts facts, PackagedRelease package) => package.Kind == Package.Library || package.IsAnsible ? null : facts.Paths.Terraform;

    /// <summary>"removals taken out of your configuration first", as the summary names the kind of change.</summary>
    public static string Summary(PackagedRelease package) =>
        package.Kind == Package.Library ? "removals taken out of the services' code first" : package.IsAnsible ? "removals taken out of your playbooks and inventory first" : "removals taken out of your configuration first";

    /// <summary>The summary's clause on what the removals mean for the operator.</summary>
    public static string Risk(PackagedRelease package, string removed) => package.IsAnsible
        ? $"every use of the removed items ({removed}) is removed from your playbooks and inventory before the `--check --diff` run, and the previous version of {package.Called} has them again"
        : package.Kind == Package.Library
        ? $"every use of the removed items ({removed}) is removed from the code of the services that use {package.Called} before they are deployed, and the previous version of {package.Called} has them again"
        : $"every use of the removed items ({removed}) is removed from your Terraform configuration before `terraform plan` is reviewed, and the previous version of {package.Called} has them again";

    public static string Step(PackagedRelease package, string removed, string it) => package.IsAnsible
        ? $"Remove every use of {removed} from your playbooks and inventory (tasks, variables in `group_vars`/`host_vars`, templates that refer to {it}; the replacement the notes give, if any, goes in its place), in the same change as the pin to {package.Target}, and confirm with `grep -r` over the playbook repository that nothing still uses {it}"
        : package.Kind == Package.Library
        ? $"Remove every use of {removed} from the code of the services that use {package.Called} (search each service's code for {it}; the replacement the notes give, if any, goes in its place), in the same change as the bump to {package.Target}, and confirm that no service still calls {it}: CI builds and tests them without {it}"
        : $"Remove every use of {removed} from your Terraform configuration (the module blocks, arguments, variables and outputs that refer to {it}), confirm that no configuration still uses {it}, and that `terraform plan` with {package.Target} of {package.Called} shows no unexpected destroy or replace before applying";

    public static string Check(PackagedRelease package, string removed) => package.IsAnsible
        ? $"Removed item ({removed}): nothing in your playbooks or inventory still uses it (changed in the same change as the new pin of {package.Called})."
        : package.Kind == Package.Library
        ? $"Removed item ({removed}): no service that uses {package.Called} still calls it (its code was changed in the same change as the bump), and CI built and tested that code."
        : $"Removed item ({removed}): every use of it in your Terraform configuration is removed in the same change as the new version of {package.Called}, and the reviewed plan shows no unexpected destroy.";

    public static string Verification(PackagedRelease package, string removed, string it) => package.IsAnsible
        ? $"After the run: no task failed or warned about {removed}, and the check-mode diff showed nothing from {it}."
        : package.Kind == Package.Library
        ? $"After the rollout: no errors in the logs of the upgraded services mention {removed} (code that still calls {it} fails only when that path runs)."
        : $"After the apply: nothing in your Terraform configuration still refers to {removed} (`terraform validate` passes), and no resource was destroyed or replaced that the reviewed plan did not show for {it}.";

    public static string Rollback(PackagedRelease package, string removed) => package.IsAnsible
        ? $"Removal rollback: the previous version of {package.Called} has {removed} again; pin it and put its uses back, with the Ansible rollback above."
        : package.Kind == Package.Library
        ? $"Removal rollback: the previous version of {package.Called} has {removed} again; pin it in the service that needs it and put its use back, with the library rollback above."
        : $"Removal rollback: the previous version of {package.Called} has {removed} again; pin it and put its uses back in the configuration (the {(package.Kind == Package.TerraformProvider ? "provider" : "module")} rollback above), after reviewing that plan.";
}
