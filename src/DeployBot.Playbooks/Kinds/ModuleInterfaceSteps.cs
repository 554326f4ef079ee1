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

        // "`iam-group-with-policies` has been renamed to `iam-group`", "`a-b` has been merged into `c`": a submodule (a path of
        // the module, hyphenated) renamed is a new set of resource addresses, which `terraform plan` destroys and re-creates.
        var all = RenamedInputs.Read(facts.Notes);
        var submodules = all.Where(input => input.New is not null && Submodule(input.Old, input.New))
            .Concat(Merged().Matches(facts.Notes).Select(match => new RenamedInput(match.Groups["old"].Value, match.Groups["new"].Value, false)))
            .DistinctBy(input => input.Old, StringComparer.Ordinal).ToArray();
        if (submodules.Length > 0)
        {
            yield return Manual(Phase.Prepare, $"Point every module block that uses a submodule the notes rename or merge at its new path ({RenamedInputs.Describe(submodules)}), and add a `moved` block from each resource address of the old submodule to its address in the new one (or `terraform state mv`): without them `terraform plan` destroys those resources and creates new ones with new ids; the new names stay, nothing of them is removed", facts.Paths.Terraform, 15);
        }

        var renamed = all.Where(input => !submodules.Any(submodule => submodule.Old == input.Old)).ToArray();
        if (renamed.Length > 0)
        {
            yield return Manual(Phase.Prepare, $"Rename the inputs the notes rename or remove in every module block that uses {package.Called} (and inside the objects the notes name, such as list elements): {RenamedInputs.Describe(renamed)}; an old input name fails `terraform validate` with {package.Target}", facts.Paths.Terraform, 10);
        }
    }

    /// <summary>
    /// The Terraform and provider floors the notes set ("Terraform `v1.5.7` is now minimum supported version"): checked before
    /// the version is raised, because `terraform init -upgrade` is what fails below them.
    /// </summary>
    public static IEnumerable<TimedStep> Floors(PlanFacts facts, PackagedRelease package)
    {
        if (TerraformFloor().Match(facts.Notes) is { Success: true } floor)
        {
            yield return Manual(Phase.Prepare, $"Check the Terraform version before `terraform init`: the notes make Terraform {floor.Groups["version"].Value} the minimum for {package.Target}, so every machine and CI runner that plans or applies a caller of {package.Called} runs at least that (`terraform version`), and each root module's `required_version` allows it", facts.Paths.Terraform, 5);
        }

        if (ProviderFloor().Match(facts.Notes) is { Success: true } provider)
        {
            yield return Manual(Phase.Prepare, $"Check the provider versions in `required_providers` of every root module that calls {package.Called}: the notes say \"{NotesQuote.Words(provider.Value.Trim().TrimStart('#', '*', '-', ' '), 90)}\", so raise the constraint (and `.terraform.lock.hcl`) with the module, or the init fails", facts.Paths.Terraform, 5);
        }
    }

    /// <summary>
    /// A submodule renamed: path words ("iam-role", "modules/iam-role"), not variables (`var.a`, `snake_case`), with at least one
    /// side hyphenated, since a submodule may be renamed to a single word ("`queue-with-dlq` has been renamed to `queue`").
    /// </summary>
    private static bool Submodule(string old, string @new) =>
        !Variable(old) && !Variable(@new) && (old.Contains('-', StringComparison.Ordinal) || @new.Contains('-', StringComparison.Ordinal));

    private static bool Variable(string name) => name.Contains('_', StringComparison.Ordinal) || name.StartsWith("var.", StringComparison.Ordinal);

    /// <summary>"`iam-github-oidc-role` has been merged into `iam-role`".</summary>
    [GeneratedRegex(@"`(?<old>[a-z0-9][\w/-]*-[\w/-]+)`\s+(?:has\s+been|was|is)\s+merged\s+into\s+`(?<new>[a-z0-9][\w/-]*)`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Merged();

    /// <summary>"Terraform `v1.5.7` is now minimum supported version", "requires Terraform >= 1.3": the CLI every caller runs `init` with.</summary>
    [GeneratedRegex(@"\bTerraform\s+`?(?:v|>=\s*)?(?<version>\d+\.\d+(?:\.\d+)?)`?\s+is\s+(?:now\s+)?(?:the\s+)?minimum\b|\brequires?\s+Terraform\s+`?(?:v|>=\s*|version\s+)?(?<version>\d+\.\d+(?:\.\d+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TerraformFloor();

    /// <summary>"use `A` instead of `B` as module `source`", "change the module source from `B` to `A`".</summary>
    [GeneratedRegex(@"\buse\s+`(?<new>[^`\s]+)`\s+instead\s+of\s+`(?<old>[^`\s]+)`\s+as\s+(?:the\s+)?module\s+`?source`?|\bmodule\s+`?source`?\s+from\s+`(?<old>[^`\s]+)`\s+to\s+`(?<new>[^`\s]+)`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SourceChange();

    /// <summary>
    /// "removed support for Terraform AzureRM provider `v3`", "AzAPI provider version constraint has been updated to `>=2.0, &lt; 3.0`":
    /// the whole sentence, the dots of its version numbers included (never cut at "updated to >=2").
    /// </summary>
    [GeneratedRegex(@"(?:[^.\n]|\.(?=\d))*\bprovider\b(?:[^.\n]|\.(?=\d))*?(?:support\s+(?:has\s+been\s+|was\s+)?removed|removed\s+support|version\s+constraint\s+(?:has\s+been\s+|was\s+|is\s+)?(?:updated|changed|raised|bumped)|requires?\s+(?:version\s+)?[`>=v]*\d|\bis\s+now\s+(?:the\s+)?minimum\s+(?:supported\s+)?version)(?:[^.\n]|\.(?=\d))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ProviderFloor();
}
