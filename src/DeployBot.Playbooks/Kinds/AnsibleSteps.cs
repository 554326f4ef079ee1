using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// An Ansible collection or roles release (<see cref="Package.AnsibleCollection"/>, <see cref="Package.AnsibleRoles"/>)
/// adopted the way one is: the version each playbook pins recorded, the controller's <c>ansible-core</c> checked against
/// the notes' floor, the new version pinned, the inventory variables the notes rename or remove changed, then the playbook
/// run with <c>--check --diff</c> on one host group, that group for real, and the rest. No image, no canary, no kubectl;
/// the way back is the previous pin and a re-run. Part of <see cref="PackageSteps"/>.
/// </summary>
internal static partial class AnsibleSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease package)
    {
        var floor = CoreFloor().Match(facts.Notes) is { Success: true } core ? $"; the controller's `ansible-core` must be {core.Groups["version"].Value} or newer (`ansible --version`), so raise it first where it is older" : string.Empty;
        yield return Manual(Phase.Prepare, $"Record the version of {package.Called} that every playbook uses today ({Pin(package)}) as the rollback target{floor}", null, 5);
        yield return Manual(Phase.Prepare, $"{Install(package)} in the same change as the inventory edits below, and commit the pin", null, 5);
        var renamed = RenamedInputs.Read(facts.Notes);
        if (renamed.Count > 0)
        {
            yield return Manual(Phase.Prepare, $"Change the inventory (`group_vars`/`host_vars`) for the variables the notes rename or remove, before any run with {package.Target}: {RenamedInputs.Describe(renamed)}; a variable left under its old name is silently ignored by the new version", null, 15);
        }

        yield return Manual(Phase.Expand, $"Run the playbook with {package.Target} in check mode on one host group first (`ansible-playbook … --limit <one group> --check --diff`) and have a second person read the diff: every change it shows is one the notes explain{Breaking(facts)}", null, 10);
        yield return Manual(Phase.Rollout, "Run the playbook for real on that host group (`--limit <one group>`), check those hosts (their services answer, no failed task), then run it on the remaining hosts", null, 20);
    }

    public static string Check(PackagedRelease package) =>
        $"Ansible upgrade: every playbook that uses {package.Called} is listed with the version it pins, and every inventory variable the notes rename or remove is changed in the same change as the new pin.";

    public static string BreakingCheck(PackagedRelease package) =>
        $"Breaking changes: every part of your playbooks and inventory that the notes' breaking changes touch is changed in the same change as the new version of {package.Called}, and the `--check --diff` run shows it.";

    public static string Verification(PackagedRelease package) =>
        $"Ansible: the run with {package.Target} of {package.Called} ends with no failed or unreachable host, and a second run reports no changes (the roles are idempotent with the new variables).";

    public static string Rollback(PackagedRelease package) =>
        $"Ansible rollback: pin the previous version of {package.Called} again ({Pin(package)}) with the inventory as it was, and re-run the playbook (`--check --diff` on one group first); what the new version changed on the hosts is undone only by that re-run.";

    private static string Pin(PackagedRelease package) => package.Kind == Package.AnsibleCollection
        ? "`ansible-galaxy collection list`, and its pin in `requirements.yml`"
        : "the roles' checkout (git tag or commit) or its pin in `requirements.yml`";

    private static string Install(PackagedRelease package) => package.Kind == Package.AnsibleCollection
        ? $"Pin {package.Called} to {package.Target} in `requirements.yml` and install it on the controller (`ansible-galaxy collection install -r requirements.yml --force`)"
        : $"Check out {package.Called} at {package.Target} (or pin it in `requirements.yml` and `ansible-galaxy install -r requirements.yml --force`)";

    private static string Breaking(PlanFacts facts) => Wording.Items([.. facts.ItemsWith(RiskArea.Breaking)]);

    /// <summary>"You need ansible-core 2.17.0 or newer", "requires ansible-core >= 2.15".</summary>
    [GeneratedRegex(@"\bansible-core\s*(?:>=\s*)?(?<version>\d+\.\d+(?:\.\d+)?)(?:\s+or\s+(?:newer|later|above))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CoreFloor();
}
