using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Kubernetes resource settings (limits, requests, replicas, HPA bounds): the values or manifest change is the whole
/// change, applied with the image tag unchanged, checked on the live Deployment and HPA, and watched for OOMKills and
/// restarts. The way back is re-applying the previous values, never an older image.
/// </summary>
internal static class ResourceSteps
{
    public static IReadOnlyList<ResourceChange> Of(PlanFacts facts) => facts.Resources;

    /// <summary>The Deployment the settings belong to, as the notes name it, or a placeholder the operator fills in.</summary>
    public static string Workload(PlanFacts facts) =>
        ResourceChange.Workload(facts.Notes) ?? (facts.Names.Services.Count == 1 ? facts.Names.Services[0] : "<deployment>");

    /// <summary>Record the live values, apply the change (Helm values or the manifest), then read the live values back.</summary>
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, bool helm)
    {
        var changes = Of(facts);
        var workload = Workload(facts);
        yield return Manual(Phase.Prepare, $"Record the live values before the change, as the rollback target: {Reads(changes, workload, c => c.From)}", null, 5);
        var settings = Wording.List([.. changes.Select(change => change.Describe())]);
        if (helm)
        {
            var chart = facts.Paths.Chart;
            yield return Manual(Phase.Prepare, $"Run `helm diff upgrade` with `{chart}` against {facts.Env} and check that it changes only {settings} (the image tag stays the same); a second person reviews it; record the current release revision (`helm history`)", chart, 10);
            yield return Automated(Phase.Rollout, $"Apply `{chart}` with `helm upgrade --atomic` (no new image) and wait until `kubectl rollout status deploy/{workload}` completes", chart, 10);
        }
        else
        {
            var manifest = facts.Paths.Deployment;
            yield return Manual(Phase.Prepare, $"Change {settings} in the manifests of {workload} and run `kubectl diff -f {manifest}`: only those values change, the image tag stays the same; a second person reviews it", manifest, 5);
            yield return Automated(Phase.Rollout, $"Apply the manifests with `kubectl apply -f {manifest}` (no new image) and wait until `kubectl rollout status deploy/{workload}` completes", manifest, 10);
        }

        yield return Automated(Phase.AfterRollout, $"Check that the change took effect on the live objects: {Reads(changes, workload, c => c.To)}", null, 5);
    }

    public static string Check(PlanFacts facts)
    {
        var changes = Of(facts);
        var grows = changes.Where(change => change.Setting != ResourceSetting.Container || change.Label.EndsWith("request", StringComparison.Ordinal)).ToArray();
        return $"Capacity: the nodes (or the cluster autoscaler's limits) have room for {Workload(facts)} with {Wording.List([.. changes.Select(change => change.Describe())])} "
            + "(`kubectl describe nodes`: allocatable against requested), and the namespace's ResourceQuota allows it"
            + (grows.Length > 0 ? "; more pods also mean more connections to the database and other backends, so check their limits." : ".");
    }

    public static string Verification(PlanFacts facts)
    {
        var workload = Workload(facts);
        return $"Resources: no {workload} pod restarts or is OOMKilled after the change (`kubectl get pods -l app={workload}` restart counts stay flat; `kube_pod_container_status_last_terminated_reason{{reason=\"OOMKilled\"}}` stays at 0), "
            + "memory and CPU use stay below the new limits, and no pod is Pending for lack of room.";
    }

    public static string Rollback(PlanFacts facts, bool helm)
    {
        var previous = Wording.List([.. Of(facts).Select(change => $"{change.Label} {change.From}")]);
        var how = helm ? "`helm rollback` to the revision recorded before the upgrade" : "`kubectl apply` of the previous manifests";
        var incident = Urgency.IsIncident(facts)
            ? "; during the incident the previous values are what the incident is about, so go back only on the incident commander's word"
            : string.Empty;
        return $"Resource rollback: re-apply the previous values ({previous}) with {how}; no image is involved, and the pods restart with the old values{incident}.";
    }

    private static string Reads(IReadOnlyList<ResourceChange> changes, string workload, Func<ResourceChange, string> value) =>
        Wording.List([.. changes.Select(change => $"`kubectl get {(change.Setting == ResourceSetting.Autoscaler ? "hpa" : "deploy")} {workload} -o jsonpath='{change.Path}'` returns {value(change)}")]);
}
