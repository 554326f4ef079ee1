using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What a Terraform module's major changes in its callers' module blocks, from its notes: the <c>source</c> to use
/// ("use `org/mod/cloud` instead of `org/mod/cloud//v4` as module `source`"), the inputs renamed or removed
/// ("`var.a` has been renamed to `var.b`"), and the provider versions it needs ("provider `v3` support has been removed").
/// Each is an edit made before <c>terraform init -upgrade</c>, so the reviewed plan is the new module's. Part of <see cref="PackageSteps"/>.
/// </summary>
internal static partial class ModuleInterfaceSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease package)
    {
        if (SourceChange().Match(facts.Notes) is { Success: true } source)
        {
            yield return Manual(Phase.Prepare, $"Change the `source` of every module block that uses {package.Called} from `{source.Groups["old"].Value}` to `{source.Groups["new"].Value}`, as the notes require: the old path is gone in {package.Target}", facts.Paths.Terraform, 5);
        }

        var renamed = RenamedInputs.Read(facts.Notes);
        if (renamed.Count > 0)
        {
            yield return Manual(Phase.Prepare, $"Rename the inputs the notes rename or remove in every module block that uses {package.Called} (and inside the objects the notes name, such as list elements): {RenamedInputs.Describe(renamed)}; an old input name fails `terraform validate` with {package.Target}", facts.Paths.Terraform, 10);
        }

        if (ProviderFloor().Match(facts.Notes) is { Success: true } provider)
        {
            yield return Manual(Phase.Prepare, $"Check the provider versions in `required_providers` of every root module that calls {package.Called}: the notes say \"{NotesQuote.Words(provider.Value.Trim().TrimStart('#', '*', '-', ' '), 90)}\", so raise the constraint (and `.terraform.lock.hcl`) with the module, or the init fails", facts.Paths.Terraform, 5);
        }
    }

    /// <summary>"use `A` instead of `B` as module `source`", "change the module source from `B` to `A`".</summary>
    [GeneratedRegex(@"\buse\s+`(?<new>[^`\s]+)`\s+instead\s+of\s+`(?<old>[^`\s]+)`\s+as\s+(?:the\s+)?module\s+`?source`?|\bmodule\s+`?source`?\s+from\s+`(?<old>[^`\s]+)`\s+to\s+`(?<new>[^`\s]+)`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SourceChange();

    /// <summary>"removed support for Terraform AzureRM provider `v3`", "AzAPI provider version constraint has been updated to `>=2.0, &lt; 3.0`".</summary>
    [GeneratedRegex(@"[^.\n]*\bprovider\b[^.\n]*?(?:support\s+(?:has\s+been\s+|was\s+)?removed|removed\s+support|version\s+constraint\s+(?:has\s+been\s+|was\s+|is\s+)?(?:updated|changed|raised|bumped)|requires?\s+(?:version\s+)?[`>=v]*\d)[^.\n]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ProviderFloor();
}
