using System.Globalization;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The steps of an upgrade guide that the notes spell out: the commands they give, verbatim and where they put them
/// (<see cref="NotesCommands"/>), renamed command-line flags changed in the service's arguments before the new binary
/// starts (<see cref="RenamedOptions"/>), an extension update the notes require (<see cref="ExtensionUpgrade.StatedSteps"/>),
/// and a go/no-go before what the notes call irreversible (<see cref="OneWaySteps"/>), which the rollback says cannot be undone.
/// </summary>
internal static class StatedUpgradeSteps
{
    /// <summary>A command's step names the notes' step it is, so that <see cref="StatedOrder"/> keeps the notes' order.</summary>
    public const string StepMarker = "(the notes' step ";

    /// <summary>At most this many commands get a step each; a guide with more is a runbook of its own.</summary>
    private const int Separate = 6;

    /// <summary>
    /// The commands that get a step here, each timed as the notes put it (a prerequisite the new version reads comes before
    /// the rollout); a command that writes into the source tree is run in the repository before the build (<see cref="BuildChangeSteps"/>).
    /// </summary>
    public static IReadOnlyList<NotesCommands> Commands(PlanFacts facts) =>
        [.. facts.NotesCommands
            .Where(command => command.Command != facts.StatedMigration?.Command && !ExtensionUpgrade.IsStatedUpdate(command.Command) && !BuildChanges.WritesSourceTree(command.Command))
            // The notes' own migration that rewrites columns in place is run by the schema step, with every writer stopped (VendorSteps).
            .Where(command => command.Command != StartOnce.InPlace(facts)?.Command)
            .DistinctBy(command => command.Command)
            .Select(command => Prerequisites.Timed(command, facts.Notes))];

    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var commands = Commands(facts);
        // A command in a stopped procedure's downtime is a step of that procedure, in its order (StoppedProcedure).
        foreach (var command in commands.Where(command => !StoppedProcedure.InDowntime(facts, command)).Take(Separate))
        {
            // Before the rollout, but after the snapshot: a command the notes give may change data (a migration rolled back).
            // A step of a procedure that stops the service first runs in its downtime, in the procedure's order, before the
            // new version starts (StartOnce), never "once the new version runs".
            var phase = command.Before || StoppedProcedure.BeforeStop(facts, command) ? Phase.Snapshot : Phase.AfterRollout;
            yield return Manual(phase, Run(command, facts), null, 10);
        }

        if (commands.Count > Separate)
        {
            var rest = commands.Skip(Separate).ToList();
            yield return Manual(Phase.AfterRollout, $"Run the other commands that {Lines(rest.Select(command => command.Line))} of the notes give, each at the point the notes put it, and post their output in the plan's thread", null, 10);
        }

        var renamed = facts.RenamedOptions;
        if (renamed.Count > 0)
        {
            var flags = string.Join(", ", renamed.Select(rename => $"`{rename.Old}` → `{rename.New}`"));
            yield return Manual(Phase.Upgrade, $"Change the service's arguments before the new binary starts ({Lines(renamed.Select(rename => rename.Line))} of the notes {(renamed.Count == 1 ? "renames a flag" : "rename flags")}): {flags}, in whatever starts or calls it (systemd unit, manifest args, chart values, scripts), shipped with the new version itself: the new binary does not take the old {(renamed.Count == 1 ? "name" : "names")} and the previous one does not take the new", null, 5);
        }

        foreach (var step in ExtensionUpgrade.StatedSteps(facts))
        {
            yield return step;
        }

        if (OneWay(facts) is { Count: > 0 } oneWay)
        {
            yield return Manual(Phase.Upgrade, $"Go/no-go before the step that {Lines(oneWay)} of the notes {(oneWay.Count == 1 ? "calls" : "call")} irreversible: the rollback owner confirms that what the notes ask before it is done{(StepsWriter.KeepsSnapshots(facts) ? " and the snapshot id is recorded" : string.Empty)}, and accepts that once it has run, redeploying the previous version does not undo it", null, 5);
        }
    }

    /// <summary>What the checks before starting add: the irreversible step is known to the rollback owner.</summary>
    public static IEnumerable<string> Checks(PlanFacts facts)
    {
        foreach (var check in ExtensionUpgrade.StatedChecks(facts))
        {
            yield return check;
        }

        if (OneWay(facts) is { Count: > 0 } oneWay)
        {
            yield return $"One-way step ({Lines(oneWay)} of the notes): the notes say it cannot be reversed; the rollback owner knows the go/no-go before it and that after it the way back is {WayBack(facts)}.";
        }
    }

    /// <summary>What Rollback Readiness says about these steps: which cannot be undone, and the flags a previous binary needs back.</summary>
    public static IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (OneWay(facts) is { Count: > 0 } oneWay)
        {
            yield return $"Not reversible: the step that {Lines(oneWay)} of the notes {(oneWay.Count == 1 ? "calls" : "call")} irreversible cannot be undone by redeploying the previous version; once it has run, the way back is {WayBack(facts)}.";
        }

        foreach (var line in ExtensionUpgrade.StatedRollback(facts))
        {
            yield return line;
        }

        var renamed = facts.RenamedOptions;
        if (renamed.Count > 0)
        {
            yield return $"Flag rollback: the previous binary does not take the new flag names, so put the old ones back in the service's arguments with it: {string.Join(", ", renamed.Select(rename => $"`{rename.New}` → `{rename.Old}`"))}.";
        }
    }

    /// <summary>The lines of the notes that ask for one of these steps, so that no generic "do what line N asks" step repeats them.</summary>
    public static IReadOnlySet<int> CoveredLines(PlanFacts facts) =>
        Commands(facts).SelectMany(command => (int[])[command.Line, command.IntroLine]).Concat(facts.RenamedOptions.Select(rename => rename.Line)).ToHashSet();

    /// <summary>The lines that call a step irreversible, unless a point of no return the notes state or a destructive item's contract step already says so.</summary>
    private static List<int> OneWay(PlanFacts facts)
    {
        if (facts.NoWayBack is not null)
        {
            return [];
        }

        var destructive = facts.Analysis.Items.Where(item => item.Destructive).Select(item => OperatorActions.LineOf(facts.Notes, item.Text)).OfType<int>().ToHashSet();
        return [.. OneWaySteps.Lines(facts.Notes).Where(line => !destructive.Contains(line))];
    }

    private static string WayBack(PlanFacts facts) =>
        StepsWriter.KeepsSnapshots(facts) ? "restoring the snapshot taken before it, losing writes made since" : "only forward, fixing on the new version";

    internal static string Run(NotesCommands command, PlanFacts facts)
    {
        // The notes' schema migration creates what the new code reads, and only the new code has its migrations: it runs from
        // the new build (a release phase or one-off job), after the snapshot and before traffic moves, never in the old release.
        var withNewCode = command.Before && facts.Is(ChangeKind.Image) && Prerequisites.IsSchemaMigration(command.Command);
        var when = StoppedProcedure.When(facts, command) ?? (withNewCode ? "Right after the snapshot and before traffic moves to the new version, " : command.Before ? "Before the rollout, " : "Once the new version runs, ");
        var how = withNewCode ? " with the new release's code (a release-phase or one-off job from the new image; the running version keeps serving)" : string.Empty;
        var condition = command.ConditionLine is { } line ? $"if line {line} of the notes applies to this install, " : string.Empty;
        var where = command.Step is { } step ? $"{StepMarker}{step}, line {command.Line})" : $"(line {command.Line} of the notes)";
        var otherwise = command.ConditionLine is null ? string.Empty : "; otherwise skip this step";
        return $"{when}{condition}run `{command.Command}` as the notes give it {where}{how} and post its output in the plan's thread{otherwise}";
    }

    private static string Lines(IEnumerable<int> lines)
    {
        var distinct = lines.Distinct().Order().Select(line => line.ToString(CultureInfo.InvariantCulture)).ToArray();
        return distinct.Length == 1 ? $"line {distinct[0]}" : $"lines {Wording.List(distinct)}";
    }
}
