using DeployBot.Core.Plans.Analysis;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Each destructive item. One that destroys stored data (drop or rename of a column or table, a type change, NOT NULL,
/// an irreversible rewrite) is a contract step after the rollout: once nothing running still uses the old thing,
/// approved by the data owner, right after its own snapshot, which is its only way back. One that removes a public
/// thing (an endpoint, a flag, an option or key) is confirmed unused before the rollout removes it; the previous
/// version brings it back.
/// </summary>
internal sealed class ContractPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Contract;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        foreach (var item in facts.Destructive)
        {
            var objects = SchemaPlaybook.Objects(item);
            if (!item.DestroysData)
            {
                yield return Manual(Phase.Prepare,
                    $"Confirm that nothing still uses {objects} (access logs and client versions over the last 7 days, config) before the rollout removes it, and that its consumers were told",
                    null, 10);
                continue;
            }

            yield return Automated(Phase.Contract, $"Take a snapshot right before the contract step for {objects} and record its id in the plan's thread", facts.Paths.Snapshot, 10);
            yield return Manual(Phase.Contract,
                $"Contract step, after the rollout is verified: confirm nothing running still uses {objects} and get the data owner's approval, then apply the drop, rename or removal of {objects} as the notes describe",
                facts.Paths.Migrations, 10);
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts) => facts.Destructive.Select(item => item.DestroysData
        ? $"Destructive item ({SchemaPlaybook.Objects(item)}): the previous release no longer reads or writes it (check the code and the query logs), and the data owner approves the contract step."
        : $"Removed item ({SchemaPlaybook.Objects(item)}): its consumers were told with a date, and updated clients or a compatibility shim are ready.");

    public IEnumerable<string> Verification(PlanFacts facts) => facts.Destructive.Select(item => item.DestroysData
        ? $"After the contract step for {SchemaPlaybook.Objects(item)}: no errors mention it in the logs, and the flows that used it pass their smoke tests."
        : $"After the rollout: calls to {SchemaPlaybook.Objects(item)} get the documented answer, and 4xx responses from older clients do not rise.");

    public IEnumerable<string> Rollback(PlanFacts facts) => facts.Destructive.Select(item => item.DestroysData
        ? $"The contract step for {SchemaPlaybook.Objects(item)} cannot be reversed: the way back is restoring the snapshot taken right before it (its id recorded in the plan's thread), losing writes made since."
        : $"Removal rollback: the previous version brings {SchemaPlaybook.Objects(item)} back; redeploy it if a consumer still needs it.");
}
