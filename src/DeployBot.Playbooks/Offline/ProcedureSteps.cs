using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Steps the notes' upgrade procedure requires around the rollout: the version it may start from (<see cref="SteppingStone"/>),
/// checked before anything else; a worker that replaces a cron job (<see cref="QueueWorker"/>), started with the rollout;
/// and a database the operator drops and recreates (<see cref="OperatorRecreate"/>), in the procedure's order.
/// </summary>
internal static class ProcedureSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.SteppingStone is { } stone)
        {
            // Before anything else: from another version the new version's migrations cannot bring the data up.
            yield return Manual(Phase.Announce, $"Before anything else, check the version running in {facts.Env} and post it in the plan's thread: the notes allow this upgrade only from {stone.Named} ({Quote(stone.Sentence, stone.Line)}); if it runs any other version, stop here and change nothing: upgrade to {stone.Named} first, in a window of its own, and plan this release after it", null, 5);
        }

        if (facts.Worker is { } worker)
        {
            var cron = worker.Cron is { } old ? $", and find every cron entry that runs `{old}` (the new version no longer has it)" : string.Empty;
            yield return Manual(Phase.Prepare, $"Before the rollout, set up the long-running worker the new version needs (line {worker.Line} of the notes): `{worker.Command}` as a process of its own from the new version's image (its own Deployment or service unit, at least one replica, with a restart policy), ready to start with the rollout{cron}", null, 10);
            var remove = worker.Cron is { } gone ? $" and remove the cron entry that runs `{gone}` (it fails on every run against the new version)" : string.Empty;
            yield return Manual(Phase.Rollout, $"As soon as the new version runs, start the `{worker.Command}` worker{remove}; check that it stays up with no restarts", null, 5);
            yield return Manual(Phase.AfterRollout, $"Check that the queue the `{worker.Command}` worker consumes drains: what waits in it falls to 0 within 10 minutes and stays near 0, and one real item goes through end to end (a test message or e-mail arrives); nothing else processes that queue", null, 10);
        }

        foreach (var step in StopAndRestore(facts))
        {
            yield return step;
        }

        foreach (var recreate in facts.Recreates)
        {
            var how = recreate.How.Length > 0 ? $" {recreate.How}" : string.Empty;
            var which = recreate.Step is { } step ? $"{StatedUpgradeSteps.StepMarker}{step}, line {recreate.Line})" : $"(line {recreate.Line} of the notes)";
            yield return Manual(Phase.Upgrade, $"With the old version stopped, after the snapshot above and before the new version starts, drop {recreate.What} and recreate it{how} as the notes give it {which}: everything in it is gone and the new version starts on the new, empty schema; the data owner approves this before the window", null, 10);
        }
    }

    /// <summary>
    /// For a procedure that deletes the data and restores it from a backup, the proof that the backup restores (before
    /// anything is stopped); then the procedure's steps in its downtime, in its order (<see cref="StoppedProcedure"/>).
    /// </summary>
    private static IEnumerable<TimedStep> StopAndRestore(PlanFacts facts)
    {
        if (facts.Restored is { } restored)
        {
            yield return Manual(Phase.Snapshot, $"Before anything is stopped, prove that the backup (the notes' step {restored.BackupStep}) can be restored, as the notes ask before the deletion: restore it into a scratch database of the version running now (never production's), check that it completes without errors and that the row counts of the largest tables match production's, and record the backup's id and those counts in the plan's thread; if it does not restore, stop here: the notes' step {restored.DeleteStep} deletes {restored.What}", null, 20);
        }

        foreach (var step in StoppedProcedure.Steps(facts))
        {
            yield return step;
        }
    }

    /// <summary>What the checks before starting add: the version the upgrade must start from, and the drop the data owner approves.</summary>
    public static IEnumerable<string> Checks(PlanFacts facts)
    {
        if (facts.SteppingStone is { } stone)
        {
            yield return $"Stepping stone: {facts.Env} runs {stone.Named}, as the notes require (line {stone.Line} of the notes); from any other version the upgrade fails half-way or leaves the data broken, so the window stops at its first step.";
        }

        if (facts.Restored is { } restored)
        {
            yield return $"Backup and restore (the notes' steps {restored.BackupStep} and {restored.RestoreStep}): the notes' procedure deletes {restored.What} (step {restored.DeleteStep}) and brings its data back only from the backup; the data owner approves, the backup's restore is proven before the deletion (Deployment Steps), and the restore's duration is known from a rehearsal.";
        }

        foreach (var recreate in facts.Recreates)
        {
            yield return $"Drop and recreate ({recreate.What}, line {recreate.Line} of the notes): the data owner approves losing what it holds (the new version starts on an empty schema), and a restore of it from a snapshot was tested.";
        }
    }

    public static IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (facts.SteppingStone is { } stone)
        {
            yield return $"Stepping stone: the version to go back to is the one that ran before tonight ({stone.Named}); if the check at the start found another version, nothing was changed and the window ends there.";
        }

        if (facts.Worker is { } worker)
        {
            var cron = worker.Cron is { } old ? $" and put the cron entry that runs `{old}` back" : string.Empty;
            yield return $"Worker rollback: with the version rollback, stop the `{worker.Command}` worker{cron}; what still waits in its queue is processed only by the new version's worker, so let it drain before rolling back when you can.";
        }

        if (facts.Restored is { } restored)
        {
            yield return $"Way back from the notes' procedure: deleting {restored.What} in the notes' step {restored.DeleteStep} cannot be reversed, and what it held comes back only from the backup: stop everything, recreate {restored.What} empty, start the previous version of the database (its previous image or package) on it, restore the backup taken before the stop, check its row counts, then start the previous version of the application; writes made since the backup are lost.";
        }

        foreach (var recreate in facts.Recreates)
        {
            yield return $"The drop and recreate of {recreate.What} cannot be reversed by redeploying the previous version: the way back is restoring the snapshot taken before it (its id in the plan's thread) and then starting the previous version, losing writes made since.";
        }
    }

    /// <summary>The lines these steps carry out, so that no generic "do what line N asks" step repeats them.</summary>
    public static bool Covers(PlanFacts facts, OperatorActions action) =>
        // A stepping stone's own line keeps its operator step ("check the version running now … if older, upgrade first").
        (facts.Worker is { } worker && action.Line == worker.Line)
        || (facts.Recreates.Count > 0 && OperatorRecreate.Mentions(action.Item.Text));

    private static string Quote(string sentence, int line) => $"\"{NotesQuote.Words(sentence, 160)}\", line {line} of the notes";
}
