using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A patch release of bug fixes (a patch version, fix-only sections, CVE fixes) that no incident is waiting on: nothing
/// is on fire, so the usual window, baseline and rollback target hold, but only the listed fixes may ship and each is
/// checked where its bug showed. An incident's hotfix is <see cref="HotfixPlaybook"/>.
/// </summary>
internal sealed class PatchPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Patch;

    /// <summary>An incident ticket or "urgent" on a patch makes it an incident's fix: the incident commander gives the go.</summary>
    public IEnumerable<TimedStep> Steps(PlanFacts facts) => Urgency.IsIncident(facts) ? [HotfixPlaybook.Go(facts)] : [];

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var fixes = Fixes(facts).Count;
        var what = fixes > 1 ? $"the {fixes} fixes in the notes" : "the fix in the notes";
        // A patch may itself bump a dependency or base image ("Update Ruby to 3.0.6"); what must not ride along is anything the notes do not list.
        yield return $"Patch release: the release holds only {what} on top of the version running now, each with a regression test; nothing that the notes do not list (a feature, an unlisted dependency bump) rides along.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        // Reproducing a bug is for staging: re-running a crash, a CVE's exploit or a command such as `db:setup` against
        // production is how an incident starts. Production checks the symptom the bug caused.
        var where = facts.IsProduction
            ? "reproduced in staging, not here (no exploit, crash or destructive command against production); in production, the errors or symptoms it caused stop"
            : $"checked in {facts.Env} the way it showed (its issue's reproduction, never a security exploit)";
        yield return $"Patch: each fixed bug is {where}{Wording.Items(Fixes(facts))}, and the flows next to it still work.";
    }

    private static IReadOnlyList<Core.Plans.Analysis.ReleaseItem> Fixes(PlanFacts facts) => [.. facts.Analysis.Items.Where(item => item.Fix)];
}
