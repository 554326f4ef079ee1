using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Datastore or engine upgrade: snapshot before anything irreversible, clients checked for compatibility,
/// the upgrade timed from the notes; the way back is the downgrade path if one exists, otherwise the snapshot.</summary>
internal sealed class EnginePlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Engine;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var minutes = facts.Names.StatedMinutes ?? 45;
        yield return Manual(Phase.Prepare, "Confirm that every client (drivers, ORMs, extensions) supports the new engine version, as tested in staging", null, 5);
        var named = Wording.Items([.. facts.Analysis.Items.Where(item => KindEvidence.IsEngineUpgrade(item.Text))]);
        if (!facts.Is(ChangeKind.Switch))
        {
            // A blue/green upgrade is its switchover (SwitchPlaybook); an in-place one is this step.
            // "Upgrade PostgreSQL 13 → 16 (the orders cluster)": the engine, versions and cluster the notes give, from a fixed vocabulary.
            var engine = facts.Analysis.Items.Where(item => KindEvidence.IsEngineUpgrade(item.Text)).Select(item => PlatformFloor.EngineChange(item.Text)).OfType<string>().FirstOrDefault()
                ?? PlatformFloor.EngineChange(facts.Notes) ?? "the engine";
            yield return Automated(Phase.Upgrade, $"Upgrade {engine} as the notes describe and wait until it reports healthy and replicas have caught up (timed at about {minutes} minutes){named}", null, minutes);
        }

        if (KindEvidence.IsPostgres(facts.Notes))
        {
            yield return Automated(Phase.AfterRollout, $"Run ANALYZE on every database of the upgraded engine{named} to rebuild planner statistics (a major upgrade does not carry them over), before judging query latency", null, 10);
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return "Engine upgrade: the upgrade was rehearsed on a staging copy of the data and timed, client compatibility is confirmed, and the downgrade path (usually none for a major version) is known.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Engine: it reports the new version, replication lag is back under 30 seconds, query latency matches the pre-upgrade baseline, and the error logs are clean.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        yield return facts.Is(ChangeKind.Switch)
            ? "Engine rollback: the old engine keeps its data until it is retired, so the first way back is the switch back above; once it no longer receives writes, the way back is restoring the snapshot taken right before the switch (its id recorded), losing writes made since."
            : "Engine rollback: a major-version upgrade cannot be reversed in place; the way back is restoring the snapshot taken right before the upgrade (its id recorded), losing writes made since, so decide early.";
    }
}
