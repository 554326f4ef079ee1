using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What a Terraform provider or module removes (a sub-module, a variable, an argument) is used by the operator's own
/// configuration, not by API consumers: no access logs or client versions show it, the configuration does, and the
/// reviewed plan shows what goes with it (a Helm chart's renamed and removed values keep their own steps). Part of
/// <see cref="ContractPlaybook"/>; a rename keeps its own step, which sets the new name.
/// </summary>
internal static class PackageRemovals
{
    /// <summary>The Terraform provider or module the notes are the changelog of, or null.</summary>
    public static PackagedRelease? Of(PlanFacts facts) => facts.Package is { Kind: Package.TerraformModule or Package.TerraformProvider } package ? package : null;

    public static string Step(PackagedRelease package, string removed, string it) =>
        $"Remove every use of {removed} from your Terraform configuration (the module blocks, arguments, variables and outputs that refer to {it}), confirm that no configuration still uses {it}, and that `terraform plan` with {package.Target} of {package.Called} shows no unexpected destroy or replace before applying";

    public static string Check(PackagedRelease package, string removed) =>
        $"Removed item ({removed}): every use of it in your Terraform configuration is removed in the same change as the new version of {package.Called}, and the reviewed plan shows no unexpected destroy.";

    public static string Verification(PackagedRelease package, string removed, string it) =>
        $"After the apply: nothing in your Terraform configuration still refers to {removed} (`terraform validate` passes), and no resource was destroyed or replaced that the reviewed plan did not show for {it}.";

    public static string Rollback(PackagedRelease package, string removed) =>
        $"Removal rollback: the previous version of {package.Called} has {removed} again; pin it and put its uses back in the configuration (the {(package.Kind == Package.TerraformProvider ? "provider" : "module")} rollback above), after reviewing that plan.";
}
