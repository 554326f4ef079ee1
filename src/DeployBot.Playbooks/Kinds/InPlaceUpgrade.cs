using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The primary engine upgraded in place, shaped by what the notes state (<see cref="PgUpgrade"/>): the read-only period
/// they give is the time the steps inside it add up to (writes stopped, a snapshot of the stopped data, the upgrade,
/// writes back), and the <c>pg_upgrade</c> mode decides the point of no return. With <c>--link</c> the old data
/// directory shares its files with the new cluster, so once the new one has started the old one cannot start again:
/// from there the only way back is the snapshot taken inside the read-only period.
/// </summary>
internal static class InPlaceUpgrade
{
    /// <summary>The upgrade has a stated read-only period or a named pg_upgrade mode; otherwise one step does it.</summary>
    public static bool Shaped(PgUpgrade upgrade) => upgrade.Mode is not null || upgrade.OutageMinutes is not null;

    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PgUpgrade upgrade, EngineVersions engine, int fallbackMinutes)
    {
        var period = upgrade.OutageMinutes ?? fallbackMinutes;
        var stated = upgrade.OutageMinutes is { } given ? $"about {given} minutes, as the notes say" : Rehearsal.IsRehearsal(facts) ? $"an estimate of about {period} minutes: time it in this run and {Rehearsal.RecordTime}" : $"an estimate of about {period} minutes: replace it with the time the staging rehearsal took";
        var (stop, run, back) = Split(period);
        if (upgrade.Mode is not null)
        {
            // After the snapshot the plan takes anyway: the check touches nothing, but reads best next to the upgrade it guards.
            yield return Manual(Phase.Snapshot, $"With the {engine.New} binaries installed beside {engine.Old} and the new cluster initialised (same locale and encoding), run `{upgrade.Command} --check` against the running {engine.Old} cluster: it must end with \"Clusters are compatible\"", null, 5);
        }

        var snapshot = upgrade.OldUnusableAfterStart
            ? $"with `--link` this snapshot is the only way back once {engine.New} has started"
            : upgrade.Mode is null ? "a major upgrade cannot be reversed in place: this snapshot is the way back"
            : "it is the way back if the old data directory is damaged";
        // Read-only keeps reads working; a stated downtime stops the application cleanly instead.
        var writes = upgrade.Outage == "downtime" ? "put the application in maintenance mode so requests are refused cleanly" : "put the application in read-only mode so writes are refused, not lost";
        var stopped = upgrade.Mode is null
            ? "and take a snapshot of it"
            : $"stop {engine.Old} cleanly, and take a snapshot of its stopped data directory";
        yield return Manual(Phase.Upgrade, $"Start the {upgrade.Outage} ({stated}; post the start time in the thread): {writes}, confirm that no write reaches {engine.Database}, {stopped}, recording its id in the thread ({snapshot})", facts.Paths.Snapshot, stop);
        yield return Automated(Phase.Upgrade, Run(facts, upgrade, engine), null, run);
        // pg_upgrade leaves physical standbys on the old version's files; a managed upgrade carries its replicas along.
        var replicas = upgrade.Mode is null
            ? "Wait until the replicas report the new version and have caught up"
            : "Replicas cannot follow the new version as they are: re-create them from the new primary (they are no failover target until they have caught up)";
        yield return Manual(Phase.Upgrade, $"On {engine.New}: check `SELECT version();` and one test write through the application's write path, then end the {upgrade.Outage} and post its end time; if it runs past {period} minutes, the rollback owner decides at once between finishing and the way back in Rollback Readiness. {replicas}", null, back);
    }

    public static string Check(PlanFacts facts, PgUpgrade upgrade, EngineVersions engine)
    {
        var period = upgrade.OutageMinutes is { } minutes ? $" inside the {minutes}-minute {upgrade.Outage} the notes give" : string.Empty;
        var mode = upgrade.OldUnusableAfterStart
            ? $"; everyone running it knows that with `{upgrade.Command}` there is no way back to {engine.Old} once {engine.New} has started, except the snapshot"
            : upgrade.Mode is not null ? $"; `{upgrade.Command}` leaves the {engine.Old} data directory untouched, so it can be started again if the upgrade fails" : string.Empty;
        var command = upgrade.Mode is null ? string.Empty : $" (`{upgrade.Command}`, `--check` first)";
        return Rehearsal.IsRehearsal(facts)
            ? $"Engine upgrade: {Rehearsal.ThisRun(facts)}: run the upgrade{command} on a copy of the data shaped like production's, time it{period} and {Rehearsal.RecordTime}, and check every client against {engine.New}{mode}."
            : $"Engine upgrade: the upgrade{command} was rehearsed on a staging copy of the data and timed{period}, and client compatibility is confirmed{mode}.";
    }

    public static string Rollback(PgUpgrade upgrade, EngineVersions engine) => upgrade.Mode switch
    {
        PgUpgradeMode.Link => $"Engine rollback: `pg_upgrade --link` hard-links the data files, so the old and new clusters share them. Until {engine.New} is first started, {engine.Old} can still be started (rename `global/pg_control.old` back to `global/pg_control` in its data directory). Once {engine.New} has started, the old data directory can never be started again: the upgrade is irreversible from that point, and the only way back is restoring the snapshot of the stopped {engine.Old} data directory taken right before it (its id recorded in the thread), losing every write made on {engine.New} since.",
        PgUpgradeMode.Swap => $"Engine rollback: `pg_upgrade --swap` moves the old data directories into the new cluster, so {engine.Old} cannot be started again once the swap has begun: the upgrade is irreversible from that point, and the only way back is restoring the snapshot of the stopped {engine.Old} data directory taken right before it (its id recorded in the thread), losing every write made on {engine.New} since.",
        PgUpgradeMode.Copy or PgUpgradeMode.Clone => $"Engine rollback: `{upgrade.Command}` leaves the {engine.Old} data directory as it was, so the way back is stopping {engine.New} and starting {engine.Old} on its own data directory; writes accepted by {engine.New} are not in it (re-apply or accept losing them), so decide before the {upgrade.Outage} ends. The snapshot taken right before the upgrade (its id recorded) is the second way back.",
        _ => "Engine rollback: a major-version upgrade cannot be reversed in place; the way back is restoring the snapshot taken right before the upgrade (its id recorded), losing writes made since, so decide early.",
    };

    /// <summary>The upgrade step; in a rehearsal there is nothing earlier to follow ("as rehearsed"), so it runs the check first.</summary>
    private static string Run(PlanFacts facts, PgUpgrade upgrade, EngineVersions engine) =>
        Rehearsal.IsRehearsal(facts) ? RunAsRehearsed(upgrade, engine).Replace(" as rehearsed: run ", $" ({Rehearsal.ThisRun(facts)}), once `{upgrade.Command} --check` passes: run ", StringComparison.Ordinal) : RunAsRehearsed(upgrade, engine);

    private static string RunAsRehearsed(PgUpgrade upgrade, EngineVersions engine) => upgrade.Mode switch
    {
        PgUpgradeMode.Link or PgUpgradeMode.Swap => $"Upgrade {engine.Name} as rehearsed: run `{upgrade.Command}`, then start {engine.New}. Point of no return: until {engine.New} starts, {engine.Old} can still be started; once it has started, the old data directory cannot be started again (its files now belong to {engine.New}), and the way back is the snapshot from the step before",
        PgUpgradeMode.Copy or PgUpgradeMode.Clone => $"Upgrade {engine.Name} as rehearsed: run `{upgrade.Command}`, then start {engine.New}; the {engine.Old} data directory is left as it was and can be started again if {engine.New} fails",
        _ => $"Upgrade {engine.Name} as the notes describe and start it, timed to fit the {upgrade.Outage}",
    };

    /// <summary>The period split over its three steps: a quarter to stop and snapshot, a half to upgrade, the rest to check.</summary>
    private static (int Stop, int Run, int Back) Split(int minutes)
    {
        var total = Math.Max(minutes, 3);
        var stop = Math.Max(1, total / 4);
        var run = Math.Max(1, total / 2);
        return (stop, run, total - stop - run);
    }
}

/// <summary>The engine's names for the steps: "PostgreSQL 13" and "PostgreSQL 16", the database the notes name.</summary>
internal sealed record EngineVersions(string Name, string Old, string New, string Database)
{
    public static EngineVersions Of(StatefulChange? change, string? database)
    {
        var name = change?.Name ?? "the engine";
        return new EngineVersions(
            change?.Describe() ?? name,
            change?.From is { } from ? $"{change.Name} {from}" : $"the old {(change is null ? "engine" : change.Name)} version",
            change?.To is { } to ? $"{change.Name} {to}" : $"the new {(change is null ? "engine" : change.Name)} version",
            database is null ? "the database" : $"\"{database}\"");
    }
}
