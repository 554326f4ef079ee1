using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Retention that starts deleting stored history once the new version runs (<see cref="RetentionDeletion"/>): the value
/// it deletes by is confirmed before the upgrade (raised if older history must stay) and what must be kept is exported
/// first; the rollback says plainly that deleted history does not come back with the previous version.
/// </summary>
internal sealed class RetentionPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Retention;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.Retention is not { } retention)
        {
            yield break;
        }

        if (retention.Previous is { } previous)
        {
            // A default shortened by the release deletes data sooner: the owner pins the previous period or accepts the new one, before anything upgrades.
            yield return Manual(Phase.Prepare, $"Before upgrading, the data owner decides: pin the previous retention ({previous}) in the config or code that goes out with the new version, or accept the new default of {retention.Duration} (\"{retention.Stated}\"); if it is accepted, the history older than it that must be kept is exported or snapshotted first, because the first retention run after the upgrade deletes it", facts.Paths.Snapshot, 15);
            yield break;
        }

        yield return Manual(Phase.Prepare, $"Before upgrading, confirm {retention.Value} in {facts.Env}, because the new version starts deleting history older than it (\"{retention.Stated}\"): the data owner agrees to the value, it is raised first if older history must stay, and the history that must be kept is exported or snapshotted", facts.Paths.Snapshot, 15);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (facts.Retention is { } retention)
        {
            yield return $"Retention: the data owner has confirmed {retention.Value} for {facts.Env} and knows how much history the first retention run after the upgrade will delete (count the rows or events older than it).";
        }
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if (facts.Retention is { } retention)
        {
            yield return $"Retention: the first retention run after the upgrade deletes only history older than {retention.Value}, and the history within it is still there (count before and after).";
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (facts.Retention is { } retention)
        {
            yield return $"Retention cannot be undone: history deleted by {retention.Value} is gone once the new version's retention has run, and rolling back does not bring it back; only the export or snapshot taken before does. Rolling back before the first retention run avoids the deletion.";
        }
    }
}
