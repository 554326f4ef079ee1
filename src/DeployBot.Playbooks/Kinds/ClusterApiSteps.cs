using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Cluster-management controllers (<see cref="Package.ClusterApi"/>) upgraded the way they are: the management cluster's
/// Kubernetes version checked against the range the notes support, the objects they manage backed up, <c>clusterctl upgrade
/// plan</c> read for every installed provider, then <c>clusterctl upgrade apply</c> on the management cluster, watched by the
/// controllers' logs and the clusters' and machines' conditions. No traffic passes through them: no canary, no 5xx gate.
/// Notes written for those who build providers (a contract, deprecated functions, a Go version to build with) ask nothing of
/// the management cluster now. Part of <see cref="ToolVehicles"/>.
/// </summary>
internal static partial class ClusterApiSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease package)
    {
        var ranges = Ranges(facts.Notes);
        var range = ranges.Count > 0 ? $" ({string.Join("; ", ranges)}, as the notes give)" : " (the version support table of the release)";
        yield return Manual(Phase.Prepare, $"Check that the management cluster's Kubernetes version (`kubectl version`) and every workload cluster's are in the range {package.Target} supports{range}; if one is outside it, stop: upgrade that cluster first, in a plan of its own", null, 5);
        yield return Manual(Phase.Prepare, "Record the installed core and provider versions as the rollback target and back up the objects the controllers manage (`clusterctl move --to-directory <backup dir>` of every namespace with clusters, or the cluster's own backup), so a damaged object can be restored", null, 10);
        yield return Manual(Phase.Prepare, $"Run `clusterctl upgrade plan` on the management cluster and confirm that every installed provider (bootstrap, control plane, infrastructure) has a version that goes with {package.Target}; a provider without one blocks the upgrade", null, 5);
        yield return Manual(Phase.Rollout, $"Upgrade on the management cluster with `clusterctl upgrade apply` (the core provider to {package.Target} and the providers to the versions the plan listed, in one run), then watch every controller's log as it restarts and reconciles: the workload clusters keep running, and no traffic passes through the controllers", null, 15);
    }

    public static string Check(PlanFacts facts, PackagedRelease package) => package.ForProviderBuilders(facts.Notes)
        ? $"Cluster API upgrade: the notes' contract, deprecation and build items are for whoever builds providers or controllers on it; nothing changes on the management cluster for them now; confirm with the providers you run (their compatibility tables) that they support {package.Target} before upgrading."
        : $"Cluster API upgrade: every installed provider and its version is listed, each has a version compatible with {package.Target}, and the management cluster's Kubernetes version is in the supported range.";

    public static string Verification(PackagedRelease package) =>
        $"Cluster API: `clusterctl upgrade plan` shows the core at {package.Target} and every provider at its planned version, the controllers run without errors or restarts, and `clusterctl describe cluster` shows every Cluster and Machine Ready, with no Machine replaced by the upgrade alone.";

    public static string Rollback(PackagedRelease package) =>
        $"Cluster API rollback: `clusterctl` does not downgrade; the way back from {package.Target} is installing the previous versions' components again (with `clusterctl` of the previous version, the providers as recorded), and the CRDs stay at the new version; an object damaged by the new controllers is restored from the backup (`clusterctl move --from-directory`). The workload clusters keep running throughout.";

    public const string Watch = "Watch the controllers' logs and every Cluster's and Machine's conditions (`clusterctl describe cluster`): no reconcile errors, conditions stay Ready, and no Machine is replaced unless a change asked for it";

    public const string Pass = "Pass: the controllers run without errors and every Cluster and Machine stays Ready for 15 minutes; fail: a controller crash-looping or logging reconcile errors, a condition turning False, or Machines replaced that no change asked for.";

    public static IReadOnlyList<string> Triggers() =>
        ["a controller crash-looping or logging reconcile errors for 10 minutes", "a Cluster or Machine condition turning False", "Machines replaced that no change asked for"];

    /// <summary>"Management Cluster: v1.28.x -> v1.33.x": the supported Kubernetes ranges the notes give, as "management cluster v1.28.x to v1.33.x".</summary>
    private static IReadOnlyList<string> Ranges(string notes) =>
        [.. SupportRange().Matches(notes).Select(match => $"{match.Groups["which"].Value.ToLowerInvariant()} cluster {match.Groups["from"].Value} to {match.Groups["to"].Value}").Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b(?<which>management|workload)\s+clusters?\W{0,4}\s*(?<from>v?\d+\.\d+(?:\.(?:\d+|x))?)\s*(?:->|→|–|\bto\b|-)\s*(?<to>v?\d+\.\d+(?:\.(?:\d+|x))?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SupportRange();
}
