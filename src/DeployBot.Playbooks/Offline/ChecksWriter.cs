using DeployBot.Core.Plans;
using DeployBot.Core.Releases;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>Writes the pre-deployment checks: CI, approvals, who is told, backups, each kind's checks, the window, thin notes.</summary>
internal static class ChecksWriter
{
    public static List<string> Write(PlanFacts facts, Schedule schedule)
    {
        var checks = new List<string> { Ci(facts) };
        checks.AddRange(facts.IsProduction ? Production(facts) : [$"Tell the team in the release channel before starting on {facts.Env}."]);
        if (PreRelease.Read(facts.Notes) is { } pre)
        {
            checks.Add(facts.IsProduction
                ? $"Pre-release: {pre.Described}, not a stable release; the service owner confirms explicitly in the plan's thread that {facts.Env} is to run it, before anything changes."
                : $"Pre-release: {pre.Described}, not a stable release; it runs on {facts.Env} as a trial, and production gets it only on an explicit decision.");
        }

        // Outside production no one signs off the release, but data a destructive item deletes is gone there too: its owner agrees first.
        if (!facts.IsProduction && facts.Destructive.Any(item => item.DestroysData))
        {
            checks.Add($"Approvals: the data owner approves running the destructive items against {facts.Env}'s data before starting; what they delete there is not brought back by the rollout either.");
        }

        // The validator asks for a backup check whenever the analysis reads a data change, even one a playbook sets aside.
        if (facts.ChangesData || facts.Has(RiskArea.Data))
        {
            checks.Add($"Backup: a fresh snapshot of the database can be taken (`{facts.Paths.Snapshot}`) and a restore from the latest backup was tested recently.");
        }

        checks.AddRange(PlaybookCatalog.For(facts).SelectMany(playbook => playbook.Checks(facts)));
        if (PasswordRehash.Check(facts) is { } rehash)
        {
            checks.Add(rehash);
        }
        if (BehaviourDeletion.Check(facts) is { } deletion)
        {
            checks.Add(deletion);
        }

        if (DataUpgradeSteps.Check(facts) is { } dataUpgrade)
        {
            checks.Add(dataUpgrade);
        }

        if (RequiredCodeSteps.Check(facts) is { } requiredCode)
        {
            checks.Add(requiredCode);
        }

        if (OperatorSteps.Check(facts) is { } upgradeSteps && ToolVehicles.Of(facts) is null)
        {
            checks.Add(upgradeSteps);
        }

        if (ChangedDefaultsCheck(facts) is { } defaults)
        {
            checks.Add(defaults);
        }

        if (PlatformFloor.Of(facts.Analysis) is { Count: > 0 } floors)
        {
            var tools = PlatformFloor.AppliedFrom(floors);
            var where = tools.Count == 0 ? string.Empty : $" (for {Wording.List(tools)}: the CLI on every machine and CI runner that applies to {facts.Env})";
            // The floors name the version an item gives, which is the one dropped ("Python 3.7 has been dropped") or the new
            // minimum ("the minimum is now 3.8"): the check says which the notes mean, never that 3.8 itself is dropped.
            checks.Add($"Supported platform: the notes change the supported versions of {Wording.List(floors)} (a version dropped or a new minimum, as the notes say); confirm the version {facts.Env} runs{where} before starting, and if the notes no longer support it, stop and upgrade it first, in a plan of its own.");
        }

        if (DependencyFloor.Of(facts.Analysis, facts.Notes) is { Count: > 0 } dependencies)
        {
            checks.Add($"Dependency versions: {DependencyFloor.Describe(dependencies)} {(dependencies.Count == 1 ? "raises" : "raise")} the minimum version of a dependency; confirm that {facts.Env}'s build and runtime meet it where that line applies, before starting.");
        }

        // A name the plan also applies (the notes ask to set it) is the config step's; saying "nothing is set" would contradict it.
        if (NotesFacts.BehaviourChanged(facts.Analysis).Except(facts.Names.Keys, StringComparer.Ordinal).ToArray() is { Length: > 0 } changed)
        {
            var them = changed.Length == 1 ? "it" : "them";
            checks.Add($"Changed behaviour: this release changes how it treats {Wording.Code(changed)}; what relies on {them} in {facts.Env} (rules, templates, queries, scripts) {(facts.IsProduction ? "was tried against this release in staging" : "is tried against this release here before production")}; nothing in the config is set for {them}.");
        }

        // "if you use Paddle Classic, you should continue to use Cashier Paddle 1.x": a go/no-go only a person can answer.
        if (StayBehind.In(facts.Notes) is { Count: > 0 } stay)
        {
            checks.Add($"Go/no-go, from the notes: not every setup can take this release (\"{string.Join("\"; \"", stay)}\"); the service owner confirms {facts.Env} is not one of them before anything starts, and if it is, stop here: this plan does not apply.");
        }

        if (NotesFacts.Ignored(facts.Analysis) is { Count: > 0 } ignored)
        {
            checks.Add($"Ignored settings: this release no longer reads {Wording.Code(ignored)}; if {facts.Env} sets {(ignored.Count == 1 ? "it" : "them")}, what {(ignored.Count == 1 ? "it configures stops" : "they configure stop")} with the rollout, so set up what the notes give instead before starting, and remove the old setting afterwards.");
        }

        if (facts.Has(RiskArea.Breaking) && facts.Destructive.Count == 0)
        {
            // A provider's, module's or chart's breaking changes break the operator's own configuration, not API consumers.
            checks.Add(facts.Package is { } package
                ? ToolVehicles.BreakingCheck(facts) ?? PackageSteps.BreakingCheck(package)
                : "Breaking changes: API consumers were told with a date, and updated clients or a compatibility shim are ready.");
        }

        if (facts.Window is { } window)
        {
            checks.Add(WindowCheck(window.Text, facts, schedule));
        }

        if (facts.IsThin)
        {
            checks.Add("Thin notes: ask the author what exactly changes (schema, config, endpoints, dependencies), how it was tested and how to undo it before starting.");
        }

        return checks;
    }

    private static string Ci(PlanFacts facts)
    {
        if (facts.Input.Release is { Ci: { } ci } release)
        {
            return CiLine(ci, release.Commit);
        }

        // A patch release's own line (PatchPlaybook) asks for the regression tests; an incident's hotfix has no staging run,
        // and one that ships no code (a resize, a setting) has no build to be green: its exact change is what gets reviewed.
        if (facts.Is(ChangeKind.Hotfix) && !Urgency.ShipsImage(facts))
        {
            return "No code ships in this hotfix, so there is no build to check: a second person reviews the exact change (the values before and after) in the thread before it is applied.";
        }

        return facts.Is(ChangeKind.Hotfix)
            ? "CI is green on the hotfix commit, including a regression test for the fix and the critical end-to-end suites; only the fix is on the release branch."
            : facts.IsProduction
                ? "CI is green on the release commit, including the critical end-to-end suites; the same build already passed in staging."
                : "CI is green on the release commit, including the critical end-to-end suites.";
    }

    /// <summary>"CI: 14/14 checks passed on 6dcb09b", or the blocker naming what is failing or pending.</summary>
    public static string CiLine(CiSummary ci, string? commit)
    {
        var on = commit is { Length: > 0 } sha ? $" on {sha[..Math.Min(7, sha.Length)]}" : string.Empty;
        if (ci.AllGreen)
        {
            return $"CI: {ci.Passed}/{ci.Total} checks passed{on}.";
        }

        var names = string.Join(", ", ci.NotPassed.Select(check => $"{check.Name} ({check.State})"));
        return ci.Total == 0
            ? $"Blocker: no CI result was reported{on}; do not start until CI has run and passed."
            : $"Blocker: CI is not green{on}: {names}; do not start until every check has passed ({ci.Passed}/{ci.Total} passed).";
    }

    private static IEnumerable<string> Production(PlanFacts facts)
    {
        var approvers = facts.ChangesData
            ? "the service owner, a second reviewer and a database owner for the data changes"
            : "the service owner and a second reviewer";
        yield return $"Approvals: the change is approved by {approvers} before starting.";
        yield return $"Tell the on-call engineer for {facts.Env} before starting: post this plan in the release channel and wait for their acknowledgement.";
        if (facts.IsHighRisk)
        {
            yield return "High-risk release: a rollback owner is named, and the detailed rollback plan (`rollback` in this plan's thread) was read before starting.";
        }
    }

    private static string WindowCheck(string window, PlanFacts facts, Schedule schedule)
    {
        var fit = facts.WindowMinutes is not { } length ? $"; the steps need about {schedule.TotalMinutes} minutes"
            : !schedule.FitsIn(length) ? $"; the steps need about {schedule.TotalMinutes} minutes, more than the window, so get a longer window first"
            : schedule.Tight(length) ? $"; the steps need about {schedule.TotalMinutes} of its {length} minutes, too few left to roll back inside it, so get a longer window first"
            : $"; the steps need about {schedule.TotalMinutes} minutes";
        return $"The window {window} is agreed and on the calendar{fit}.";
    }

    /// <summary>
    /// The defaults the release changes that the config playbook does not already plan around (<see cref="ChangedDefault"/>):
    /// each is taken silently by an environment that never set it, so the owner decides before the rollout.
    /// </summary>
    private static string? ChangedDefaultsCheck(PlanFacts facts)
    {
        var changed = ChangedDefaults.Read(facts.Notes).Where(change => !string.Equals(change.Key, facts.ChangedDefault?.Key, StringComparison.OrdinalIgnoreCase)).ToArray();
        return changed.Length == 0 ? null
            : $"Changed defaults: {string.Join("; ", changed.Select(change => change.Describe()))}. Wherever {facts.Env} never set {(changed.Length == 1 ? "it" : "them")}, the rollout changes {(changed.Length == 1 ? "it" : "them")} silently: before starting, the service owner decides whether {facts.Env} takes the new default or keeps the old behaviour set explicitly in the config or arguments shipped with the new version (a second person reviews it), and the rollback owner knows the previous version brings the old default back.";
    }
}
