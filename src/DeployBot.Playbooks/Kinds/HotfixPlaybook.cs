using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Incident hotfix: the incident commander decides, the status page says what happens, only the fix ships, and
/// the baseline to compare with is from before the incident.</summary>
internal sealed class HotfixPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Hotfix;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        yield return Go(facts);
    }

    /// <summary>The public status page speaks for production only: a staging deploy leaves it as it is.</summary>
    internal static TimedStep Go(PlanFacts facts) => facts.IsProduction
        ? Manual(Phase.Announce, "Get the incident commander's go for the hotfix and update the status page with the fix being deployed", null, 5)
        : Manual(Phase.Announce, $"Get the incident commander's go for the hotfix in {facts.Env} (the public status page stays as it is: it speaks for production)", null, 5);

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        // A setting or resource change ("memory limit 512Mi -> 1Gi") has no release branch: only what the notes change is applied.
        yield return Urgency.ShipsImage(facts)
            ? "Hotfix: only the fix is on the release branch, with a regression test for it; the incident commander knows the plan and the rollback."
            : "Hotfix: only the change in the notes is applied, nothing else rides along; the incident commander knows the plan and the rollback.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Hotfix: the symptom of the incident is gone, and error rate and latency are back to the baseline from before the incident (not the incident itself).";
    }
}
