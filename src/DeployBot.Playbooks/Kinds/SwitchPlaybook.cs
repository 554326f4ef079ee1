using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Blue/green: create the new store, index or environment beside the old one (unless it exists or another step creates
/// it), fill and verify it, then switch the alias, traffic or setting to it, keeping the old one untouched as the way
/// back. Create before point: the switch is the last step of the change, after everything that fills the new one.
/// </summary>
internal sealed partial class SwitchPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Switch;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.NoInPlace is { } fresh)
        {
            // No in-place upgrade: a new installation, a one-shot migration in a downtime, then the switch of users.
            foreach (var step in NewInstallationSteps.Steps(facts, fresh))
            {
                yield return step;
            }

            yield return Manual(Phase.Switch, $"Before the switch, verify {fresh.NewName} against {fresh.OldName}: the counts of the main records match, a sample of reads returns the same results, and the checks the notes' migration guide lists after the migration pass", null, 10);
            yield return Manual(Phase.Switch, $"Switch users from {fresh.OldName} to {fresh.NewName} (the address, DNS name or ingress they use), leaving {fresh.OldName} stopped and untouched, with its database, as the way back", null, 10);
            yield break;
        }

        if (BlueGreen.Read(facts.Notes) is not { } blueGreen)
        {
            yield break;
        }

        if (LogicalCutover.Applies(facts, blueGreen))
        {
            yield return Manual(Phase.Switch, $"Before the cutover, verify green against blue: row counts of the largest tables match (within the rows written in the last seconds) and a sample of reads returns the same results", null, 5);
            foreach (var step in LogicalCutover.Steps(facts, blueGreen))
            {
                yield return step;
            }

            yield break;
        }

        // A second installation beside the running one (ParallelInstance) is created and filled by the schema playbook's
        // steps, which name both; the switch names them too, never "the new one".
        var (newName, oldName) = Names(facts, blueGreen);
        // The schema playbook's parallel steps create a second installation and fill it: no generic "create" step for it.
        var created = facts.Parallel is not null;
        if (!created && blueGreen.NewExists)
        {
            yield return Manual(Phase.Prepare, $"Confirm that {newName} exists beside {oldName} and is in sync with it (replication or copy lag near zero)", null, 5);
        }
        else if (!created && !facts.Is(ChangeKind.Infra) && !facts.Is(ChangeKind.Backfill))
        {
            yield return Automated(Phase.Expand, $"Create {newName} beside {oldName}, which keeps serving until the switch", null, 10);
        }

        yield return Manual(Phase.Switch, $"Before the switch, verify {newName} against {oldName}: row or document counts match and a sample of reads returns the same results", null, 5);
        if (SwitchedByConfig(facts))
        {
            // The setting that points at the new one is the switch; the config steps apply it right after this check.
            yield break;
        }

        var minutes = blueGreen.Minutes ?? (facts.Is(ChangeKind.Engine) ? facts.Names.StatedMinutes ?? 30 : 5);
        yield return Manual(Phase.Switch, $"Switch {blueGreen.What} from {oldName} to {newName} (the switchover), leaving {oldName} untouched as the way back", null, minutes);
    }

    /// <summary>The new and the old one as the plan calls them: a second installation (<see cref="ParallelInstance"/>) by the names its own steps use.</summary>
    private static (string New, string Old) Names(PlanFacts facts, BlueGreen? blueGreen) => facts.Parallel is { } parallel
        ? ($"the {parallel.New}", $"the {parallel.Old}")
        : (blueGreen?.NewName ?? "the new one", blueGreen?.OldName ?? "the old one");

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (facts.NoInPlace is { } fresh)
        {
            foreach (var check in NewInstallationSteps.Checks(facts, fresh))
            {
                yield return check;
            }

            yield break;
        }

        var blueGreen = BlueGreen.Read(facts.Notes);
        if (blueGreen is not null && LogicalCutover.Applies(facts, blueGreen))
        {
            yield return LogicalCutover.Check(facts, blueGreen);
            yield break;
        }

        yield return $"Blue/green: {Names(facts, blueGreen).Old} keeps serving, unchanged, until the switch, and how long it is kept after it is agreed (it is the way back).";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if (facts.NoInPlace is { } fresh)
        {
            yield return $"After the switch: users reach {fresh.NewName}, its reads and writes succeed against its own database, and {fresh.OldName} gets no writes.";
            yield break;
        }

        var blueGreen = BlueGreen.Read(facts.Notes);
        if (blueGreen is not null && LogicalCutover.Applies(facts, blueGreen))
        {
            yield return LogicalCutover.Verification(blueGreen);
            yield break;
        }

        var (newName, oldName) = Names(facts, blueGreen);
        yield return $"After the switch: {blueGreen?.What ?? "traffic"} points at {newName}, reads and writes go there, and {oldName} gets no new writes.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (facts.NoInPlace is { } fresh)
        {
            yield return NewInstallationSteps.Rollback(fresh);
            yield break;
        }

        var blueGreen = BlueGreen.Read(facts.Notes);
        if (blueGreen is not null && LogicalCutover.Applies(facts, blueGreen))
        {
            yield return LogicalCutover.Rollback(facts, blueGreen);
            yield break;
        }

        var (newName, old) = Names(facts, blueGreen);
        var kept = blueGreen is { Kept.Count: > 0 } ? $" (kept as the notes say: {Wording.Code(blueGreen.Kept)})" : string.Empty;
        yield return $"Blue/green rollback: switch {blueGreen?.What ?? "traffic"} back to {old}{kept}; anything written to {newName} since the switch must be copied back or replayed, so decide early.";
    }

    /// <summary>A setting is flipped to point at the new one ("flip AUDIT_STORE=postgres"): the config change is the switch.</summary>
    /// <remarks>A setting the notes keep as it is ("same DATABASE_URL (pgbouncer repoint)") switches nothing: the pooler does.</remarks>
    public static bool SwitchedByConfig(PlanFacts facts) =>
        facts.Is(ChangeKind.Switch) && facts.Is(ChangeKind.Config) && !ConfigPlaybook.OnlyUnchanged(facts) && facts.Analysis.Items.Any(item => KindEvidence.IsConfig(item) && Points().IsMatch(item.Text));

    [GeneratedRegex(@"\b(?:flip|flips|switch|switches|point|points|repoint|set|sets)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Points();
}
