using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Flag: off until the ramp, ramped with holds that fit the window, off again as the first rollback. A flag-only
/// change deploys nothing. Without FLAG, the flag the notes name (<see cref="NamedFlag"/>) is the one the plan switches:
/// a change that only moves it to a share ("flip new_checkout 5% -> 25%") is that one switch, and setting it back is its rollback.</summary>
internal sealed class FlagPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Flag;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.Flag is null && Named(facts) is { } named && StatedShare(facts) is { } ramp)
        {
            return SetShare(facts, named, ramp);
        }

        // A flag the notes name is facts.Flag (or the stated share above): here the notes name none.
        if (facts.Flag is null)
        {
            return [Manual(Phase.Prepare, "Confirm which flag this change switches and that it can be turned off without a deploy; no deploy is part of this change", facts.Paths.Flags, 5)];
        }

        return facts.Is(ChangeKind.Image)
            ? []
            : [Manual(Phase.Prepare, $"Confirm that {facts.Flag} exists in {facts.Env}, is off, and that the code behind it is already running; no deploy is part of this change", facts.Paths.Flags, 5, $"{facts.Flag} stays off until the ramp below")];
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (facts.Flag is { } flag)
        {
            yield return $"The flag {flag} exists in {facts.Env}, is off for everyone, and can be switched without a deploy (`{facts.Paths.Flags}`).";
            if (StatedRamp.Read(facts.Notes) is { Over: { } over } stated && FlagRamp.Later(stated) is { } later)
            {
                yield return $"Ramp: the notes spread the ramp of {flag} over {over}, so this window takes it only to its first stage; the later stages ({later}) are separate steps on the following days, each after the guard metrics held.";
            }
        }
        else if (Named(facts) is { } named)
        {
            yield return $"The flag {named.Name} exists in {facts.Env}, is {Now(facts)} now, and can be switched without a deploy (`{facts.Paths.Flags}`).";
        }
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if ((facts.Flag ?? Named(facts)?.Name) is { } flag)
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
        else if (Named(facts) is { } named)
        {
            yield return StatedShare(facts)?.From is { } from
                ? $"First rollback: set {named.Name} back to {from}% (where it was before this change; flag-only rollback, no redeploy)."
                : $"First rollback: turn {named.Name} off (flag-only rollback, no redeploy); most problems end there.";
        }
    }

    /// <summary>The flag the notes name, when FLAG was not given.</summary>
    internal static NamedFlag? Named(PlanFacts facts) => facts.Flag is null ? NamedFlag.Read(facts.Notes) : null;

    /// <summary>The share the notes move the named flag to, for a change that deploys nothing.</summary>
    internal static StatedRamp? StatedShare(PlanFacts facts) =>
        !facts.Is(ChangeKind.Image) && NamedFlag.SwitchesShare(facts.Notes) && StatedRamp.Read(facts.Notes) is { Percents.Count: > 0 } ramp ? ramp : null;

    private static string Now(PlanFacts facts) => StatedShare(facts)?.From is { } from ? $"at {from}%" : "off";

    /// <summary>The stated shares, each set in the flag service and held while the guard metrics are watched.</summary>
    private static IEnumerable<TimedStep> SetShare(PlanFacts facts, NamedFlag flag, StatedRamp ramp)
    {
        var guards = Wording.GuardMetrics(facts);
        var of = flag.Audience is { } audience ? $" of {audience}" : string.Empty;
        var back = ramp.From is { } from ? $"set it back to {from}%" : "turn it off";
        var previous = ramp.From;
        foreach (var stage in FlagRamp.Stages(facts.IsProduction, null, ramp).Where(stage => stage.Percent > 0))
        {
            var move = previous is { } at ? $"from {at}% to {stage.Percent}%" : $"to {stage.Percent}%";
            yield return Manual(Phase.Ramp, $"Set {flag.Name} {move}{of} in the flag service and hold for {stage.HoldMinutes} minutes; nothing is deployed",
                facts.Paths.Flags, stage.HoldMinutes, $"{flag.Name} at {stage.Percent}%{of}; {back} at once if {guards} fail the pass criteria");
            previous = stage.Percent;
        }
    }
}
