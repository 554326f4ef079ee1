using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The new version is started once, with the old one stopped first, never as a canary beside it: the notes' procedure
/// stops the service first (<see cref="StopFirst"/>), the notes say the upgrade takes the service down
/// (<see cref="StatedDowntime"/>), or the new version rewrites all of some stored data as it starts
/// (<see cref="DataUpgrade.RewritesAll"/>: one writer only), or the notes' own migration renames or retypes columns in
/// place with every writer stopped (<see cref="VendorMigration.Rewrites"/>). The downtime is announced before starting; when the new
/// version changes the data as it starts, the way back is the snapshot with the previous version.
/// </summary>
internal static class StartOnce
{
    /// <summary>The new version is started once, after the old one stopped.</summary>
    public static bool Applies(PlanFacts facts) => facts.StopsFirst is not null || Migrates(facts);

    /// <summary>The new version changes the data as it starts, in a downtime the notes state or for a rewrite of all of it.</summary>
    /// <remarks>A procedure that deletes the data and restores it from a backup (<see cref="RestoredFromBackup"/>) changes it too: its way back is that backup.</remarks>
    public static bool Migrates(PlanFacts facts) => facts.StatedDowntime is not null || Rewrite(facts) is not null || InPlace(facts) is not null || facts.Restored is not null;

    /// <summary>The announcement of the downtime, before anything changes.</summary>
    public static TimedStep Announce(PlanFacts facts)
    {
        var length = Rehearsal.IsRehearsal(facts) ? $"time it in this run and {Rehearsal.RecordTime}" : "from the staging rehearsal";
        var why = facts.StopsFirst is { } stops
            ? $"the notes' procedure stops {stops} first, so the service is down from that stop until the new version has started"
            : facts.StatedDowntime is { } downtime
            ? $"the notes say the upgrade takes the service down (\"{NotesQuote.Words(downtime.Sentence, 160)}\", line {downtime.Line} of the notes), from the stop of the running version until the new one has finished migrating"
            : InPlace(facts) is { } vendor
            ? $"the notes' migration `{vendor.Command}` renames or retypes columns in place, so every writer is stopped before it runs and the service is down until the new version has started on the migrated tables"
            : $"the new version rewrites stored data as it starts ({Quote(Rewrite(facts)!)}) and the old version must not write beside it, so the service is down from the stop of the running version until the rewrite has finished";
        return Manual(Phase.Prepare, $"Announce the downtime to the service's users before starting: {why}; post the expected length ({length}) in the plan's thread", null, 5);
    }

    /// <summary>The start of the new version, once, in the announced downtime.</summary>
    public static TimedStep Start(PlanFacts facts, string what, string manifest)
    {
        if (facts.StopsFirst is { } stopped)
        {
            var restored = facts.Restored is not null ? " and the restored data has checked out" : string.Empty;
            return Manual(Phase.Rollout, $"Start {what} only once every step the notes put before it is done{restored}, on every replica at once and in the announced downtime: the notes stop {stopped} first, so the old and the new version never run side by side (no canary); stop here and restore if a step before it failed", manifest, 10);
        }

        if (InPlace(facts) is { } vendor)
        {
            // The writers were stopped for the migration (VendorSteps): the new version starts on all replicas once it is done.
            return Manual(Phase.Rollout, $"Once `{vendor.Command}` has finished, start {what} on every replica at once, in the announced downtime (the writers stopped for the migration stay stopped until then): the previous version cannot run on the migrated tables, so the two never run side by side (no canary); if the migration failed, stop here and restore the snapshot", manifest, 10);
        }

        var work = Rewrite(facts) is not null ? "rewrite the stored data" : "migrate";
        return Manual(Phase.Rollout, $"In the announced downtime, stop every replica of the running version (scale it to 0: no old replica may write while the new one changes the data), then start {what} once and let it {work} as it starts: watch its logs until it reports that done and it serves; the old and the new version never run side by side (no canary); if it fails, stop here and restore the snapshot", manifest, 15);
    }

    /// <summary>The way back once the new version has changed the data as it started: the snapshot, then the previous version.</summary>
    public static string Rollback(PlanFacts facts, string target) =>
        $"Version rollback: stop the new version, restore the snapshot taken before it started (its id in the plan's thread), then start {target} (`kubectl rollout undo` on `{facts.Paths.Deployment}`): the previous version does not run on data the new one has {(Rewrite(facts) is not null ? "rewritten" : "migrated")}, so redeploying it alone is no way back, and writes made since are lost.";

    private static string? Rewrite(PlanFacts facts) => DataUpgradeSteps.Of(facts)?.RewritesAll;

    /// <summary>The notes' own migration, when it renames or retypes columns in place (run with every writer stopped by <see cref="VendorSteps"/>).</summary>
    internal static VendorMigration? InPlace(PlanFacts facts) => facts.Is(ChangeKind.Schema) && facts.VendorMigration is { Rewrites: true } vendor ? vendor : null;

    private static string Quote(string sentence) => $"the notes: \"{NotesQuote.Words(sentence, 160)}\"";
}
