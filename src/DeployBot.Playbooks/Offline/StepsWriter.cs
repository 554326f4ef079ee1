using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Composes the steps of every kind of change in the release, ordered by phase (snapshot before anything irreversible,
/// create before point, contract after the rollout), then fits the flag ramp into what the window leaves.
/// </summary>
internal static class StepsWriter
{
    public static Schedule Plan(PlanFacts facts)
    {
        var steps = new List<TimedStep> { Announce(facts) };
        if (facts.ChangesData)
        {
            steps.Add(Automated(Phase.Snapshot, "Take a database snapshot right before the first data change and record its id in the plan's thread", facts.Paths.Snapshot, 10));
        }

        // An engine upgrade deploys no image, but the flows on top of it are what verification checks.
        if (Deploys(facts) || facts.Is(ChangeKind.Engine))
        {
            steps.Add(Automated(Phase.AfterRollout, $"Run the smoke tests of the critical flows against {facts.Env}", facts.Paths.SmokeTests, 10,
                facts.Flag is { } off ? $"run them with {off} off" : null));
        }

        steps.AddRange(PlaybookCatalog.For(facts).SelectMany(playbook => playbook.Steps(facts)));
        steps.AddRange(OperatorSteps.Steps(facts));
        var closing = Close(facts);
        var fixedMinutes = steps.Sum(step => step.Minutes) + closing.Minutes;
        var ramp = FlagRamp.Stages(facts.IsProduction, facts.WindowMinutes - fixedMinutes - Schedule.RollbackReserve, facts.Flag is null ? null : StatedRamp.Read(facts.Notes));
        steps.AddRange(facts.Flag is { } flag ? RampSteps(facts, flag, ramp) : [Watch(facts)]);
        steps.Add(closing);
        return new Schedule(StatedOrder.Apply(facts, [.. steps.OrderBy(step => step.Phase)]), ramp);
    }

    /// <summary>Something is rolled out (an image, a restart, a chart); a flag-only change deploys nothing.</summary>
    public static bool Deploys(PlanFacts facts) =>
        facts.Is(ChangeKind.Image) || facts.Is(ChangeKind.Config) || (facts.Is(ChangeKind.Infra) && !InfraPlaybook.PurgeOnly(facts));

    private static TimedStep Announce(PlanFacts facts)
    {
        var announce = facts.IsProduction
            ? $"Post the start of the deployment in the release channel and confirm that the on-call engineer for {facts.Env} is online"
            : "Post the start of the deployment in the release channel";
        return Manual(Phase.Announce, announce, null, 5, facts.Flag is { } flag ? $"{flag} stays off for everyone until the ramp below" : null);
    }

    private static IEnumerable<TimedStep> RampSteps(PlanFacts facts, string flag, IReadOnlyList<RampStage> ramp)
    {
        var guards = Wording.GuardMetrics(facts);
        var flags = facts.Paths.Flags;
        return ramp.Select(stage => stage.Percent switch
        {
            0 => Manual(Phase.Ramp, $"Enable {flag} for the segment {stage.Segment} only and hold for {stage.HoldMinutes} minutes",
                flags, stage.HoldMinutes, $"{flag} on for {stage.Segment} only; go on only while {guards} meet the pass criteria"),
            100 => Manual(Phase.Ramp, $"Enable {flag} for everyone and keep watching {guards} for {stage.HoldMinutes} minutes",
                flags, stage.HoldMinutes, $"{flag} at 100%; rerun the smoke tests with it on"),
            1 => Manual(Phase.Ramp, $"Enable {flag} for 1% of traffic (or an internal cohort first) and hold for {stage.HoldMinutes} minutes",
                flags, stage.HoldMinutes, $"{flag} at 1%; go on only while {guards} meet the pass criteria"),
            _ => Manual(Phase.Ramp, $"Raise {flag} to {stage.Percent}% and hold for {stage.HoldMinutes} minutes",
                flags, stage.HoldMinutes, $"{flag} at {stage.Percent}%; turn it off at once if a guard metric fails"),
        }).ToArray();
    }

    private static TimedStep Watch(PlanFacts facts)
    {
        var minutes = facts.IsProduction ? 30 : 10;
        return Manual(Phase.Watch, $"Watch {Wording.GuardMetrics(facts)} on {facts.Paths.Dashboards} for {minutes} minutes before calling it done", null, minutes);
    }

    private static TimedStep Close(PlanFacts facts)
    {
        var keep = new List<string>();
        if (facts.ChangesData)
        {
            keep.Add("the snapshot ids");
        }

        if (facts.Is(ChangeKind.Image))
        {
            keep.Add("the previous image tag");
        }

        var handover = keep.Count == 0 ? string.Empty : $" with {Wording.List(keep)}";
        var status = facts.Is(ChangeKind.Hotfix) ? ", update the status page," : string.Empty;
        return Manual(Phase.Close, $"Announce completion (or the rollback) in the release channel{status} and hand over to on-call{handover}", null, 5);
    }
}
