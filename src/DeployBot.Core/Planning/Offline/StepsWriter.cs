using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>Writes the numbered steps and their timing: preparation, rollout, verification and the flag ramp.</summary>
internal static class StepsWriter
{
    public static Schedule Plan(PlanFacts facts)
    {
        var before = Preparation(facts).Concat(Rollout(facts)).ToList();
        var closing = Closing(facts);
        var fixedMinutes = before.Concat(closing).Sum(step => step.Minutes);
        var rampBudget = facts.WindowMinutes - fixedMinutes - Schedule.RollbackReserve;
        var ramp = FlagRamp.Stages(facts.IsProduction, rampBudget);
        var watch = facts.Flag is { } flag ? RampSteps(facts, flag, ramp) : [Watch(facts)];
        return new Schedule([.. before, .. watch, .. closing], ramp);
    }

    private static IEnumerable<TimedStep> Preparation(PlanFacts facts)
    {
        var announce = facts.IsProduction
            ? $"Post the start of the deployment in the release channel and confirm that the on-call engineer for {facts.Env} is online"
            : "Post the start of the deployment in the release channel";
        yield return Manual(announce, null, 5, facts.Flag is { } flag ? $"{flag} stays off for everyone until the ramp below" : null);
        yield return Automated(
            "Confirm that CI built the release image for the release commit, and record the image tag running now as the rollback target",
            AssumedSetup.Pipeline, 5);
        if (facts.Has(RiskArea.Config))
        {
            yield return Automated(
                $"Apply the new and changed settings and secrets to {facts.Env} before the new version starts", AssumedSetup.ConfigMap, 5);
        }

        if (facts.Has(RiskArea.Infra))
        {
            yield return Manual(
                "Apply the infrastructure change from a reviewed plan (terraform plan, then apply) and wait until it reports healthy",
                AssumedSetup.Terraform, 15);
        }

        if (facts.ChangesData)
        {
            yield return Automated("Take a database snapshot right before the change and record its id next to this plan", AssumedSetup.Snapshot, 10);
        }

        if (facts.Has(RiskArea.Schema))
        {
            yield return Automated(
                "Run the expand-phase migration: additive changes only (new nullable columns, new tables, indexes built concurrently), "
                + "no drops or renames, so the running version keeps working", AssumedSetup.Migrations, 10);
        }
    }

    private static IEnumerable<TimedStep> Rollout(PlanFacts facts)
    {
        var dark = facts.Flag is { } flag ? $"deploy with {flag} off; the new code path stays dark" : null;
        if (facts.IsProduction)
        {
            yield return Automated(
                "Roll out the new version as a canary (one replica, about 10% of traffic) and watch errors and latency for 10 minutes",
                AssumedSetup.Deployment, 15, dark);
            yield return Automated("Complete the rolling update to all replicas, keeping the previous ReplicaSet for a quick undo", AssumedSetup.Deployment, 10);
        }
        else
        {
            yield return Automated("Roll out the new version with a rolling update", AssumedSetup.Deployment, 10, dark);
        }

        if (facts.Has(RiskArea.Data))
        {
            yield return Automated(
                "Run the backfill in small batches with a rate limit, resumable from the last batch, while watching database load",
                AssumedSetup.Backfill, 20);
        }

        yield return Automated($"Run the smoke tests of the critical flows against {facts.Env}", AssumedSetup.SmokeTests, 10,
            facts.Flag is { } off ? $"run them with {off} off" : null);
    }

    private static IReadOnlyList<TimedStep> RampSteps(PlanFacts facts, string flag, IReadOnlyList<RampStage> ramp)
    {
        var guards = Wording.GuardMetrics(facts);
        return ramp.Select(stage => stage.Percent switch
        {
            100 => Manual($"Enable {flag} for everyone and keep watching {guards} for {stage.HoldMinutes} minutes",
                AssumedSetup.Flags, stage.HoldMinutes, $"{flag} at 100%; rerun the smoke tests with it on"),
            1 => Manual($"Enable {flag} for 1% of traffic (or an internal cohort first) and hold for {stage.HoldMinutes} minutes",
                AssumedSetup.Flags, stage.HoldMinutes, $"{flag} at 1%; go on only while {guards} meet the pass criteria"),
            _ => Manual($"Raise {flag} to {stage.Percent}% and hold for {stage.HoldMinutes} minutes",
                AssumedSetup.Flags, stage.HoldMinutes, $"{flag} at {stage.Percent}%; turn it off at once if a guard metric fails"),
        }).ToArray();
    }

    private static TimedStep Watch(PlanFacts facts)
    {
        var minutes = facts.IsProduction ? 30 : 10;
        return Manual($"Watch {Wording.GuardMetrics(facts)} on the service dashboard for {minutes} minutes before calling it done", null, minutes);
    }

    private static TimedStep[] Closing(PlanFacts facts)
    {
        var handover = facts.ChangesData ? " with the snapshot id and the previous image tag" : " with the previous image tag";
        return [Manual($"Announce completion (or the rollback) in the release channel and hand over to on-call{handover}", null, 5)];
    }

    private static TimedStep Automated(string action, string? reference, int minutes, string? flagAction = null) =>
        new(new PlanStep(action, reference, StepMode.Automated, flagAction), minutes);

    private static TimedStep Manual(string action, string? reference, int minutes, string? flagAction = null) =>
        new(new PlanStep(action, reference, StepMode.Manual, flagAction), minutes);
}
