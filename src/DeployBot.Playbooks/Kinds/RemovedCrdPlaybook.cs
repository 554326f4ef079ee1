using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The CRDs a release removes (<see cref="RemovedCrds"/>: "Remove Apps operator and ArangoJob CRD"): before the upgrade, no
/// object of those kinds may exist, or their owner migrates them first. Deleting a CRD, by the chart or by hand later,
/// deletes every object of its kind, and once the controller that reconciled them is gone nothing repairs those left.
/// It applies to whatever kind of release removes them: an operator's, a chart's, or one read as an image.
/// </summary>
internal sealed class RemovedCrdPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Infra;

    public bool Applies(PlanFacts facts) => RemovedCrds.Read(facts.Notes) is not null;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (RemovedCrds.Read(facts.Notes) is { } crds)
        {
            yield return Manual(Phase.Prepare, $"Before the upgrade, confirm that no objects of the kinds whose CRDs the release removes exist ({crds.Named}): {crds.Command} must list nothing in any namespace; if any exist, their owner migrates them off (or deletes them, with a copy taken by `kubectl get … -o yaml`) first: deleting a CRD deletes every object of its kind, and nothing reconciles them once their controller is gone", null, 10);
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (RemovedCrds.Read(facts.Notes) is { } crds)
        {
            yield return $"Removed CRDs ({crds.Named}): rolling the release back does not bring back objects deleted with their CRD; only the copy taken before (`kubectl apply` of the saved YAML, after the CRD is back) restores them.";
        }
    }
}
