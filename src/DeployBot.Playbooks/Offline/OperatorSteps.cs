using System.Globalization;
using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>The steps and the check for what the notes ask the operator to do by hand (<see cref="OperatorActions"/>).</summary>
internal static class OperatorSteps
{
    /// <summary>At most this many actions get a step each; the rest share one.</summary>
    private const int Separate = 3;

    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        // A companion the new version needs ("users of pg-backup-api will need to upgrade it to version 0.2.0", "Redis is now
        // required") is confirmed before anything changes: without it the new version does not work.
        foreach (var needed in CompanionRequirement.Of(facts.Notes))
        {
            yield return Manual(Phase.Prepare, $"Before starting, confirm that {facts.Env} has {CompanionRequirement.Describe(needed)} wherever it runs beside this service: the new version needs it, so bring it there first if it is missing or older, or stop here", null, 5);
        }

        // What the new version cannot start without is created and passed to it before the rollout: after, its pods crash-loop.
        foreach (var needed in StartRequirement.Read(facts.Notes))
        {
            yield return Manual(Phase.Prepare, $"Before the rollout, provide what the new version needs to start, {needed.Needed} (\"{NotesQuote.Words(needed.Sentence)}\", line {needed.Line} of the notes): create it in {facts.Env} (a Secret, file or setting, as the notes describe) and pass it to the new version, or its pods fail to start", null, 10);
        }

        // What the repository must change (dependencies, config in code, generated files) is built before anything rolls out.
        foreach (var built in BuildChangeSteps.Steps(facts))
        {
            yield return built;
        }

        // "Unless you configure `x: y`, the new version will …": the owner decides before the upgrade whether to keep the old behaviour.
        if (OptOut.Read(facts.Notes) is { } optOut)
        {
            yield return Manual(Phase.Prepare, $"Before the rollout, decide with the service owner whether to keep the previous behaviour with the opt-out the notes give ({optOut.Setting}, line {optOut.Line} of the notes): if so, set it in the config that goes out with the new version, so the new default never acts; if not, everything that depends on the old behaviour is checked first (the steps below); record the decision in the plan's thread", null, 5);
        }

        // "Before upgrading please ensure all X are empty": a check that blocks the rollout, with the notes' fallback.
        if (EmptyBeforeUpgrade.Read(facts.Notes) is { } empty)
        {
            var otherwise = empty.Otherwise is { } fallback ? $"; if not, as the notes say: \"{NotesQuote.Words(fallback)}\"" : string.Empty;
            yield return Manual(Phase.Prepare, $"Before the rollout, check that {empty.What} {(empty.What.EndsWith('s') ? "are" : "is")} {empty.State}, as the notes require (line {empty.Line} of the notes), and post the counts in the plan's thread: the rollout waits until the check passes, since what is left is not picked up by the new version{otherwise}", null, 10);
        }

        // The version the upgrade must start from, a worker that replaces a cron job, a database the procedure recreates.
        foreach (var step in ProcedureSteps.Steps(facts))
        {
            yield return step;
        }

        // What must happen before the rollout gets a step of its own first: a shared step cannot stand on both sides of it.
        foreach (var stated in StatedUpgradeSteps.Steps(facts))
        {
            yield return stated;
        }

        foreach (var step in ReferenceSteps.Steps(facts))
        {
            yield return step;
        }

        // "To roll out this fix, all Connect deployments must be restarted": the upgrade alone leaves the fix out.
        foreach (var restart in RestartToApply.Read(facts.Notes))
        {
            yield return Manual(Phase.AfterRollout, $"Once the new version runs, restart {restart.What} as the notes say (line {restart.Line} of the notes), one at a time and checking each is healthy before the next: the fix takes effect only after that restart, not with the upgrade alone", null, 10);
        }

        // "Run the migration in a test environment first" is rehearsed before the window (its check), not done in this run.
        var actions = Remaining(facts).Where(action => !action.Rehearse).OrderBy(action => !action.Before).ToList();
        // A Terraform provider or module runs nothing until it is applied: what its notes ask is a change to the configuration
        // that the reviewed plan shows, never a step "once the new version runs".
        var terraform = facts.Package is { Kind: Package.TerraformModule or Package.TerraformProvider };
        foreach (var action in actions.Take(Separate))
        {
            yield return terraform
                ? Manual(Phase.Prepare, $"Before applying, change your Terraform configuration as the notes ask ({NotesQuote.Cited(action.Item.Text, action.Line)}), before `terraform plan` is reviewed: the reviewed plan shows that change and no unexpected destroy or replace", facts.Paths.Terraform, 10)
                : Manual(action.Before ? Phase.Prepare : Phase.AfterRollout, Action(action), null, 10);
        }

        if (actions.Count > Separate)
        {
            var rest = actions.Skip(Separate).ToList();
            var asks = $"what the notes ask of the operator ({string.Join("; ", rest.Select(action => NotesQuote.Cited(action.Item.Text, action.Line, 80)))})";
            yield return terraform
                ? Manual(Phase.Prepare, $"Before applying, change your Terraform configuration for {asks}, and run `terraform plan` again: it shows those changes and no unexpected destroy or replace", facts.Paths.Terraform, 10)
                : Manual(rest.Any(action => action.Before) ? Phase.Prepare : Phase.AfterRollout, $"Do {asks}, each at the point it says, and post the results in the plan's thread", null, 10);
        }
    }

    /// <summary>An action for installs older than a version starts with a check of the version running now; each quotes what it asks.</summary>
    private static string Action(OperatorActions action) => action switch
    {
        { IfOlder: true } => $"Before the rollout, check the version running now against the one the notes name ({NotesQuote.Cited(action.Item.Text, action.Line)}); if it is older, do what they ask of the operator first, as the project's upgrade notes describe it, and post the version and the result in the plan's thread",
        { Precondition: true, KeepsOld: false } => $"Before the rollout, check what the notes ask you to make sure of ({NotesQuote.Cited(action.Item.Text, action.Line)}): test it in staging against the new version and list in the plan's thread what was checked; if anything does not support it, stop here and change nothing until it does",
        { KeepsOld: true } => $"Before the rollout, decide with the service owner whether to keep the previous behaviour as the notes describe ({NotesQuote.Cited(action.Item.Text, action.Line)}): if so, make that change in the code or config that goes out with the new version, so no request is served with the new default in between; record the decision in the plan's thread",
        { Before: true } when OperatorActions.EditsPolicies(action.Item.Text) => $"Before the rollout, edit the policies (or rules) in the config that goes out with the new version as the notes ask ({NotesQuote.Cited(action.Item.Text, action.Line)}), and have a second person review the diff: entries left in the old form stop matching once the new version runs, and deny access",
        { Before: true } => $"Before the rollout, do what the notes ask of the operator ({NotesQuote.Cited(action.Item.Text, action.Line)}), as the project's upgrade notes describe it, and post the result in the plan's thread",
        _ => $"Once the new version runs, do what the notes ask of the operator ({NotesQuote.Cited(action.Item.Text, action.Line)}), as the project's upgrade notes describe it, and post the result in the plan's thread",
    };

    public static string? Check(PlanFacts facts)
    {
        var all = Remaining(facts);
        var actions = all.Where(action => !action.Rehearse).ToList();
        var commands = StatedUpgradeSteps.Commands(facts);
        var lines = actions.Select(action => action.Line).Concat(commands.Select(command => (int?)command.Line)).ToList();
        var checks = ProcedureSteps.Checks(facts).Concat(StatedUpgradeSteps.Checks(facts)).Concat(ReferenceSteps.Checks(facts)).ToList();
        if (lines.Count > 0)
        {
            var rehearsed = facts.IsProduction ? ", and they were rehearsed in staging first" : string.Empty;
            // One action alone is quoted, as its step quotes it; several are counted, each step quoting its own.
            var what = actions.Count == 1 && commands.Count == 0
                ? $"the notes ask the operator to act by hand ({NotesQuote.Cited(actions[0].Item.Text, actions[0].Line)})"
                : $"{Where(lines)} {(lines.Count == 1 ? "asks" : "ask")} the operator to act by hand (the steps below quote each)";
            checks.Insert(0, $"Upgrade steps: {what}; who does each and when is agreed{rehearsed}.");
        }

        foreach (var rehearse in all.Where(action => action.Rehearse))
        {
            checks.Add(Kinds.Rehearsal.IsRehearsal(facts)
                ? $"Rehearsal the notes ask for ({NotesQuote.Cited(rehearse.Item.Text, rehearse.Line)}): {Kinds.Rehearsal.ThisRun(facts)}, on a copy of production's data; it must finish without errors before production is planned, and {Kinds.Rehearsal.RecordTime}."
                : $"Rehearsal the notes ask for ({NotesQuote.Cited(rehearse.Item.Text, rehearse.Line)}): it was run in staging on a recent copy of production's data before this window, finished without errors, and its duration is tonight's estimate; without it, do not start.");
        }

        return checks.Count == 0 ? null : string.Join(' ', checks);
    }

    /// <summary>The rollback lines for the steps the notes spell out (<see cref="StatedUpgradeSteps.Rollback"/>) and for renamed references (<see cref="ReferenceSteps"/>).</summary>
    public static IEnumerable<string> Rollback(PlanFacts facts) => ProcedureSteps.Rollback(facts).Concat(StatedUpgradeSteps.Rollback(facts)).Concat(ReferenceSteps.Rollback(facts));

    /// <summary>The actions no step the notes spell out (a command, a renamed flag) already carries out.</summary>
    private static List<OperatorActions> Remaining(PlanFacts facts)
    {
        var covered = StatedUpgradeSteps.CoveredLines(facts).Concat(BuildChangeSteps.CoveredLines(facts)).ToHashSet();
        // An item that asks for a restart to apply a fix is the restart step's; its line is counted from where it starts.
        var restarts = RestartToApply.Read(facts.Notes);
        return [.. facts.OperatorActions.Where(action => (action.Line is not { } line || !covered.Contains(line)) && !restarts.Any(restart => RestartToApply.Says(action.Item.Text, restart)) && !ProcedureSteps.Covers(facts, action))];
    }

    private static string Where(IEnumerable<int?> found)
    {
        var lines = found.OfType<int>().Order().Distinct().Select(line => line.ToString(CultureInfo.InvariantCulture)).ToArray();
        return lines.Length switch
        {
            0 => "the notes",
            1 => $"line {lines[0]} of the notes",
            _ => $"lines {Wording.List(lines)} of the notes",
        };
    }
}
