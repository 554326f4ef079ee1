using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Schema migration as expand/contract: the expand part before the rollout so both versions run against it; each
/// destructive item (drop, rename, type change, NOT NULL, removed endpoint or key) as a contract step after the
/// rollout, once nothing running still uses the old thing, approved by the data owner, right after its own snapshot.
/// </summary>
internal sealed class SchemaPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Schema;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var migrations = facts.Paths.Migrations;
        var destructive = facts.Destructive;
        var expand = destructive.Count == 0
            ? "Run the expand migration: new columns nullable or with defaults, indexes built concurrently, no long table locks, so the running version keeps working"
            : "Run the expand part of the migration (what the new version needs to start); the drops, renames and type changes listed below wait for the contract steps after the rollout";
        yield return Automated(Phase.Expand, $"{expand} ({facts.Paths.MigrationTool})", migrations, 10);
        foreach (var item in destructive)
        {
            foreach (var step in Contract(facts, item))
            {
                yield return step;
            }
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return $"Migrations in `{facts.Paths.Migrations}` are reviewed for lock time on the largest tables, and the expand part has a tested down-migration.";
        foreach (var item in facts.Destructive)
        {
            yield return $"Destructive item \"{Wording.Quote(item.Text)}\": the previous release no longer reads or writes {Objects(item)} (check the code and the query logs), and the data owner approves the contract step.";
        }
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Database: the migration finished without errors, no lock waits or replication lag above 30 seconds, and the slow-query log is clean.";
        foreach (var item in facts.Destructive)
        {
            yield return $"After the contract step for {Objects(item)}: no errors mention it in the logs, and the flows that used it pass their smoke tests.";
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        yield return $"Migration rollback: the expand part is backwards compatible, so the previous version runs against it; if it must go, run its down-migration from `{facts.Paths.Migrations}`.";
        foreach (var item in facts.Destructive)
        {
            yield return $"The contract step for {Objects(item)} cannot be reversed: the way back is restoring the snapshot taken right before it (its id recorded in the plan's thread), losing writes made since.";
        }
    }

    private static IEnumerable<TimedStep> Contract(PlanFacts facts, ReleaseItem item)
    {
        var objects = Objects(item);
        yield return Automated(Phase.Contract, $"Take a snapshot right before the contract step for {objects} and record its id in the plan's thread", facts.Paths.Snapshot, 10);
        yield return Manual(Phase.Contract,
            $"Contract step, after the rollout is verified: confirm nothing running still uses {objects} and get the data owner's approval, then apply \"{Wording.Quote(item.Text)}\"",
            facts.Paths.Migrations, 10);
    }

    /// <summary>The objects an item touches, as code ("`users.password_md5`"), or the item itself when it names none.</summary>
    internal static string Objects(ReleaseItem item)
    {
        var names = NotesFacts.ObjectsOf(item.Text);
        return names.Count > 0 ? Wording.Code(names.Take(3).ToArray()) : $"what \"{Wording.Quote(item.Text)}\" removes";
    }

    internal static bool IsSchemaItem(ReleaseItem item) => item.Risks.Contains(RiskArea.Schema);
}
