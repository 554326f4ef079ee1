using DeployBot.Core.Plans.Analysis;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Each destructive item (drop or rename of a column or table, type change, NOT NULL, a removed endpoint, flag or key,
/// an irreversible rewrite) as a contract step after the rollout: once nothing running still uses the old thing,
/// approved by the data owner, right after its own snapshot; its rollback is that snapshot and says so.
/// </summary>
internal sealed class ContractPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Contract;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        foreach (var item in facts.Destructive)
        {
            var objects = SchemaPlaybook.Objects(item);
            yield return Automated(Phase.Contract, $"Take a snapshot right before the contract step for {objects} and record its id in the plan's thread", facts.Paths.Snapshot, 10);
            yield return Manual(Phase.Contract,
                $"Contract step, after the rollout is verified: confirm nothing running still uses {objects} and get the data owner's approval, then apply the drop, rename or removal of {objects} as the notes describe",
                facts.Paths.Migrations, 10);
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts) => facts.Destructive.Select(item =>
        $"Destructive item ({SchemaPlaybook.Objects(item)}): the previous release no longer reads or writes it (check the code and the query logs), and the data owner approves the contract step.");

    public IEnumerable<string> Verification(PlanFacts facts) => facts.Destructive.Select(item =>
        $"After the contract step for {SchemaPlaybook.Objects(item)}: no errors mention it in the logs, and the flows that used it pass their smoke tests.");

    public IEnumerable<string> Rollback(PlanFacts facts) => facts.Destructive.Select(item =>
        $"The contract step for {SchemaPlaybook.Objects(item)} cannot be reversed: the way back is restoring the snapshot taken right before it (its id recorded in the plan's thread), losing writes made since.");
}
