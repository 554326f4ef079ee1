using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A Kubernetes operator's release (<see cref="Package.Operator"/>) upgraded the way one is: what runs recorded (its
/// version, its CRDs, the custom resources it manages), the new CRDs applied first, then the operator through its chart,
/// bundle or manifests, one version at a time, while what it manages is watched as it reconciles. Its way back is the
/// previous chart or bundle; CRDs stay at the new version. Part of <see cref="PackageSteps"/>.
/// </summary>
internal static class OperatorPackageSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease package)
    {
        var chart = facts.Paths.Chart;
        yield return Manual(Phase.Prepare, $"Record what runs now as the rollback target: {package.Called}'s version (`helm history`, or the install bundle's version), its CRDs (`kubectl get crd -o yaml` for the CRDs it owns) and the custom resources it manages, with their status", chart, 10);
        yield return Manual(Phase.Prepare, $"Diff {package.Target} of {package.Called} against what runs (`helm diff upgrade`, or the new bundle's manifests and CRDs against the cluster) and have a second person review it{Breaking(facts)}: a default the operator changes is applied to every custom resource that relied on it when the new version reconciles, so pin those first in the resources themselves", chart, 10);
        yield return Manual(Phase.Upgrade, $"Apply the CRDs of {package.Target} first (`kubectl apply --server-side -f` the release's CRDs; `helm upgrade` does not upgrade CRDs shipped in a chart's `crds/` folder), and check that every existing custom resource is still accepted", chart, 5);
        yield return Manual(Phase.Rollout, $"Upgrade {package.Called} itself to {package.Target} through its chart, bundle or manifests (one operator replica at a time; never two versions reconciling side by side), then watch its logs as it reconciles every custom resource: the pods it manages may restart, one resource after another", chart, 20);
    }

    public static string Check(PackagedRelease package) =>
        $"Operator upgrade: every custom resource {package.Called} manages is listed with its status, and the diff of the new version's CRDs and manifests was read before this window.";

    public static string BreakingCheck(PackagedRelease package) =>
        $"Breaking changes: every custom resource and value that the notes' breaking changes touch is changed in the same change as the new version of {package.Called}, and the reviewed diff shows it.";

    public static string Verification(PackagedRelease package) =>
        $"Operator: {package.Called} runs {package.Target} with no errors in its logs, every custom resource it manages reports ready after reconciling, and the pods it manages restarted at most once.";

    public static string Rollback(PlanFacts facts, PackagedRelease package) =>
        $"Operator rollback: put back the previous chart or bundle of {package.Called} (`helm rollback`, `{facts.Paths.Chart}` as it was); the CRDs stay at the new version (rolling them back can drop fields of stored resources), and what the new version already reconciled keeps its changes until the previous version reconciles it again.";

    private static string Breaking(PlanFacts facts) => Wording.Items([.. facts.ItemsWith(RiskArea.Breaking)]);
}
