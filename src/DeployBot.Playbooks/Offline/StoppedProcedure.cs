using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Where a command of the notes' numbered procedure stands when that procedure stops the service first (<see cref="StopFirst"/>):
/// a step before the stop prepares (a backup) and runs before it; the stop and every step after it run in the announced
/// downtime, in the procedure's order, before the new version starts once; the deletion of a procedure that restores from a
/// backup (<see cref="RestoredFromBackup"/>) waits until that backup is proven to restore.
/// </summary>
internal static class StoppedProcedure
{
    /// <summary>
    /// The procedure's steps from its stop on, in the notes' order: each command the notes give, the stop when they give no
    /// command for it, what the backup is restored into and the restore itself.
    /// </summary>
    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.StopFirst is not { Step: { } stop } first)
        {
            yield break;
        }

        var commands = StatedUpgradeSteps.Commands(facts).Where(command => InDowntime(facts, command)).ToList();
        var steps = commands.Select(command => (Step: command.Step!.Value, Timed: Manual(Phase.Upgrade, StatedUpgradeSteps.Run(command, facts), null, 10))).ToList();
        bool Commanded(int step) => commands.Any(command => command.Step == step);
        if (!Commanded(stop) && first.Line is { } line)
        {
            steps.Add((stop, Manual(Phase.Upgrade, $"In the announced downtime, after the snapshot, stop {first.What} as the notes give it {StatedUpgradeSteps.StepMarker}{stop}, line {line}): every instance of it, none left running beside the new version; confirm that none still runs before the next step", null, 10)));
        }

        if (facts.Restored is { } restored)
        {
            foreach (var (step, at, text) in restored.Between.Where(between => !Commanded(between.Step)))
            {
                steps.Add((step, Manual(Phase.Upgrade, $"In the announced downtime, set up what the backup is restored into as the notes give it {StatedUpgradeSteps.StepMarker}{step}, line {at}: \"{NotesQuote.Words(text, 160)}\"), start it empty, and check that it runs the new version before the restore", null, 10)));
            }

            steps.Add((restored.RestoreStep, Manual(Phase.Upgrade, $"Restore the backup taken before the stop as the notes give it {StatedUpgradeSteps.StepMarker}{restored.RestoreStep}, line {restored.RestoreLine}) into the new, empty database, and post its output in the plan's thread; then check that the row counts of the largest tables match those recorded with the backup before anything else starts", null, 20)));
        }

        foreach (var (_, timed) in steps.OrderBy(entry => entry.Step))
        {
            yield return timed;
        }
    }

    /// <summary>The command is the procedure's stop or a step after it.</summary>
    public static bool InDowntime(PlanFacts facts, NotesCommands command) =>
        facts.StopFirst is { Step: { } stop } && command.Step >= stop;

    /// <summary>The command is a step of the procedure before its stop (a backup, a check).</summary>
    public static bool BeforeStop(PlanFacts facts, NotesCommands command) =>
        facts.StopFirst is { Step: { } stop } && command.Step < stop;

    /// <summary>How a command's step opens when it is part of the stopped procedure, or null when it is not.</summary>
    public static string? When(PlanFacts facts, NotesCommands command)
    {
        if (facts.StopFirst is not { Step: { } stop, What: var what } || command.Step is not { } step)
        {
            return null;
        }

        if (step < stop)
        {
            return "Before anything is stopped, ";
        }

        if (step == stop)
        {
            return $"In the announced downtime, after the snapshot, stop {what} (every instance, none left running beside the new version): ";
        }

        var deletes = facts.Restored is { } restored && restored.DeleteStep == step
            ? $" (nothing still uses {restored.What}) and only once the backup has been proven to restore (the step above; it is the only copy of what {restored.What} holds once this has run)"
            : string.Empty;
        var first = command.IntroLine < command.Line && deletes.Length == 0 ? $"do first what line {command.IntroLine} of the notes asks before it, then " : string.Empty;
        return $"In the announced downtime, with {what} stopped{deletes}, {first}";
    }
}
