using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A node pool replaced with Terraform: the new pool created and ready first, the old one cordoned and drained node by
/// node under the PodDisruptionBudgets, and only then deleted. Deleting a pool is final: its nodes are gone, and the
/// way back is creating a pool again, not a rollback.
/// </summary>
internal static partial class NodePoolSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, NodePoolChange pools)
    {
        var tf = facts.Paths.Terraform;
        var created = pools.New is { } added ? $"creates `{added}`" : "makes the node pool change";
        var notYet = pools.Old is { } kept ? $" and does not yet destroy `{kept}` (if one apply does both, split it: create first, delete after the drain)" : string.Empty;
        yield return Manual(Phase.Prepare, $"Run `terraform plan -out=tfplan`, attach its output to this plan's thread, and have a second person check that it {created}{notYet}, with no other destroy or replace; record the current state version", tf, 10);
        var label = NodePoolLabel.Of(facts);
        var ready = pools.New is { } pool
            ? $" and every node of `{pool}` is Ready ({label.List(pool)}) with the allocatable resources it was created for{(Gpu().IsMatch(facts.Notes) ? " (its GPUs show as allocatable `nvidia.com/gpu`)" : string.Empty)}"
            : " and the changed nodes are Ready";
        yield return Manual(Phase.Expand, $"Apply the reviewed plan with `terraform apply tfplan` and wait until it completes{ready}", tf, 15);
        if (pools.Old is not { } old)
        {
            yield break;
        }

        // Steps the notes spell out themselves ("then cordon and drain pool-a, then remove pool-a in a second apply") are
        // written from the notes' sequence, in their place (StatedOrder); this playbook adds only those they leave out.
        var stated = StatedSequence.Read(facts.Notes);
        bool Stated(StatedAction action) => stated.Count >= 2 && stated.Any(step => step.Actions.Contains(action));
        var target = pools.New is { } into ? $" onto `{into}` and the other pools" : string.Empty;
        // Expand, like the apply before it: the pods move to the new pool before the smoke tests and before the old pool goes.
        if (!Stated(StatedAction.Drain))
        {
            yield return Manual(Phase.Expand, $"Cordon every node of `{old}` ({label.Cordon(old)}), then drain them one at a time (`kubectl drain <node> --ignore-daemonsets --delete-emptydir-data`), which evicts pods{target} within their PodDisruptionBudgets; wait until the evicted pods are Running elsewhere before the next node, and never force a drain a PodDisruptionBudget blocks (`--disable-eviction`, `--force`): find out why instead", null, 15);
        }

        if (pools.Deleted && pools.DeletedAfter is null && !Stated(StatedAction.Remove))
        {
            yield return Manual(Phase.Contract, $"Once `{old}` runs no workload pods and verification has passed, delete it: remove it from the Terraform config, run `terraform plan` (it must destroy only `{old}`), have it reviewed, and `terraform apply`; this is final: the pool and its nodes are gone, and the way back is creating a new pool", tf, 5);
        }
    }

    /// <summary>The old pool's deletion the notes put off ("deleted after 24h"), for Next Actions: its gate, and that it is final.</summary>
    public static string FollowUp(NodePoolChange pools) =>
        $"Follow-up (ops/SRE), not in this window: after {pools.DeletedAfter}, once `{pools.Old}` runs no workload pods and verification has passed, delete it as its own change (remove it from the Terraform config, `terraform plan` must destroy only `{pools.Old}`, review, `terraform apply`); it cannot be undone: the way back is creating a new pool.";

    public static IEnumerable<string> Checks(NodePoolChange pools)
    {
        var from = pools.Old is { } old ? $"the pods now on `{old}`" : "the pods that move";
        var to = pools.New is { } added ? $"`{added}` and the remaining pools" : "the remaining pools";
        yield return $"Capacity: {to} can hold {from} (requests, node selectors, taints and tolerations: pods meant for the new pool tolerate its taints and select it), and the cloud quota covers the new nodes (GPUs are often limited per region).";
        yield return "PodDisruptionBudgets: `kubectl get pdb -A` shows at least one allowed disruption for every workload on the pool being drained, so the drain can proceed without forcing.";
    }

    public static string Verification(NodePoolChange pools)
    {
        var added = pools.New is { } pool ? $"every node of `{pool}` is Ready and schedulable, " : string.Empty;
        var gone = pools.Old is { } old ? $"`{old}` has no nodes left (after its deletion), " : string.Empty;
        return $"Node pools: {added}{gone}no pod is Pending, and every Deployment and StatefulSet has all its replicas ready (`kubectl get deploy,sts -A`).";
    }

    public static IEnumerable<string> Rollback(NodePoolChange pools)
    {
        if (pools.Old is { } old)
        {
            yield return $"Node pool rollback, before `{old}` is deleted: uncordon its nodes (`kubectl uncordon`) so pods can go back to it; the new pool can then be removed by re-applying the previous Terraform state after reviewing its plan.";
            if (pools.Deleted)
            {
                var when = pools.DeletedAfter is { } after
                    ? $" (a follow-up after {after}, as the notes say, not in this window: remove it from the Terraform config, `terraform plan` must destroy only `{old}`, review, `terraform apply`)"
                    : string.Empty;
                yield return $"Deleting `{old}`{when} cannot be reversed: after it, the way back is creating a new pool from the previous Terraform config (new nodes, about 10–20 minutes), not a rollback; delete it only once verification has passed.";
            }
        }
        else
        {
            yield return "Infrastructure rollback: re-apply the previous state from version control with `terraform apply` after reviewing its plan.";
        }
    }

    [GeneratedRegex(@"\bgpus?\b | \bnvidia\b | \b(?:T4|L4|A10G?|A100|H100|V100)\b", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Gpu();
}
