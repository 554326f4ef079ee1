using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Flag: off until the ramp, ramped with holds that fit the window, off again as the first rollback. A flag-only
/// change deploys nothing.</summary>
internal sealed class FlagPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Flag;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.Flag is null)
        {
            yield return Manual(Phase.Prepare, "Confirm which flag this change switches and that it can be turned off without a deploy; no deploy is part of this change", facts.Paths.Flags, 5);
        }
        else if (!facts.Is(ChangeKind.Image))
        {
            yield return Manual(Phase.Prepare, $"Confirm that {facts.Flag} exists in {facts.Env}, is off, and that the code behind it is already running; no deploy is part of this change", facts.Paths.Flags, 5, $"{facts.Flag} stays off until the ramp below");
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (facts.Flag is { } flag)
        {
            yield return $"The flag {flag} exists in {facts.Env}, is off for everyone, and can be switched without a deploy (`{facts.Paths.Flags}`).";
        }
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if (facts.Flag is { } flag)
        {
            yield return $"With {flag} off: the old path behaves as before and the smoke tests pass.";
            yield return $"With {flag} on: the same smoke tests pass for the ramp cohort, and error rate and latency of flag-on traffic match flag-off traffic.";
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (facts.Flag is { } flag)
        {
            yield return $"First rollback: turn {flag} off for everyone (flag-only rollback, no redeploy); most problems end there.";
        }
    }
}
