using DeployBot.Core.Plans;
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
        // A pre-release goes to production only on someone's explicit word, asked for before anything changes.
        if (facts.IsProduction && PreRelease.Read(facts.Notes) is { } pre)
        {
            steps.Add(Manual(Phase.Announce, $"Before anything changes, get the service owner's explicit go in the plan's thread for running a pre-release in {facts.Env} ({pre.Described}, not a stable release); without it, stop here and wait for the stable release", null, 5));
        }

        // What a widened deletion would delete is found and protected before any other preparation upgrades anything.
        steps.AddRange(BehaviourDeletion.Steps(facts));
        // Two items of one line ("Boot now drops any index … Dropping an invalid unique index …") can ask for the same step in
        // the same words; the operator does it once.
        var playbookSteps = PlaybookCatalog.For(facts).SelectMany(playbook => playbook.Steps(facts)).DistinctBy(step => step.Step.Action, StringComparer.Ordinal).ToList();
        // An engine upgrade or a datastore move deploys no image, but the flows on top of it are what verification checks:
        // the smoke tests it lists run once the change is applied, before the watch (unless a playbook's own step runs them).
        if ((Deploys(facts) || facts.Is(ChangeKind.Engine) || DatastoreMoves.Any(facts.Kinds)) && !playbookSteps.Any(step => step.Step.Reference == facts.Paths.SmokeTests) && ToolVehicles.Of(facts) is null)
        {
            steps.Add(Automated(Phase.AfterRollout, $"Run the smoke tests of the critical flows against {facts.Env}", facts.Paths.SmokeTests, 10,
                facts.Flag is { } off ? $"run them with {off} off" : null));
        }

        steps.AddRange(playbookSteps);
        // A tool, host package or cluster controllers place the notes' own checks and commands in their steps (ToolVehicles).
        steps.AddRange(ToolVehicles.Of(facts) is null ? OperatorSteps.Steps(facts) : []);
        steps.AddRange(DataUpgradeSteps.Steps(facts));
        steps.AddRange(SettingConversion.Steps(facts));
        steps.AddRange(RequiredCodeSteps.Steps(facts));
        if (GuideStep.For(facts) is { } guide && ToolVehicles.Of(facts) is null)
        {
            steps.Add(guide);
        }

        // A part the new version no longer ships inside itself is deployed on its own before the rollout removes it.
        steps.AddRange(SplitComponent.Read(facts.Analysis).Select(split => split.Step(facts)));

        if (Unplanned(facts, steps) is { } apply)
        {
            steps.Add(apply);
        }

        // A release whose only data changes are contract steps needs no early snapshot: each takes its own right before it.
        // Neither does an in-place engine upgrade that snapshots the stopped cluster itself before anything else changes data.
        if (facts.ChangesData && (!EarlySnapshot.OnlyContractsChangeData(facts) || steps.Any(step => step.Phase == Phase.Upgrade)) && !UpgradeSnapshotsFirst(facts, steps))
        {
            steps.Insert(1, Automated(Phase.Snapshot, "Take a database snapshot right before the first data change and record its id in the plan's thread", facts.Paths.Snapshot, 10));
        }

        var closing = Close(facts);
        var fixedMinutes = steps.Sum(step => step.Minutes) + closing.Minutes;
        var ramp = FlagRamp.Stages(facts.IsProduction, facts.WindowMinutes - fixedMinutes - Schedule.RollbackReserve, facts.Flag is null ? null : StatedRamp.Read(facts.Notes));
        steps.AddRange(facts.Flag is { } flag ? RampSteps(facts, flag, ramp) : [WatchStep.For(facts)]);
        steps.Add(closing);
        return new Schedule(StatedOrder.Apply(facts, [.. steps.OrderBy(step => step.Phase)]), ramp);
    }

    /// <summary>Something is rolled out (an image, a restart, a chart, a second installation); a flag-only change deploys nothing.</summary>
    public static bool Deploys(PlanFacts facts) =>
        facts.Is(ChangeKind.Image) || facts.Is(ChangeKind.Config) || (facts.Is(ChangeKind.Infra) && !InfraPlaybook.PurgeOnly(facts)) || facts.Parallel is not null || facts.NoInPlace is not null;

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

    /// <summary>
    /// Notes that change something risky that no playbook acts on ("resized cache.r6g.large -> cache.r6g.xlarge and set
    /// maxmemory-policy volatile-lru", no deploy) still get the step that makes the change: without it the plan would be an
    /// announcement and a watch. In an incident the change may already have been made; then it is confirmed in place.
    /// </summary>
    private static TimedStep? Unplanned(PlanFacts facts, IEnumerable<TimedStep> steps)
    {
        var acts = steps.Any(step => step.Phase is Phase.Expand or Phase.Upgrade or Phase.Rollout or Phase.Switch or Phase.AfterRollout or Phase.Contract);
        if (acts || facts.Flag is not null || facts.IsThin || facts.Analysis.Risks.Count == 0)
        {
            return null;
        }

        var changes = BeforeAfter.Read(facts.Notes);
        var values = changes.Count == 0 ? string.Empty : $" ({string.Join(", ", changes.Select(change => $"`{change.Before}` → `{change.After}`"))})";
        // "r6g.large" read as a name is part of the value "cache.r6g.large" already given.
        var names = Wording.Items([.. facts.Analysis.Items.Where(item => item.Risks.Count > 0)],
            name => !changes.Any(change => change.Before.Contains(name, StringComparison.OrdinalIgnoreCase) || change.After.Contains(name, StringComparison.OrdinalIgnoreCase)));
        var action = Urgency.IsIncident(facts)
            ? "Apply the change the notes describe, or, if it was made during the incident, confirm that it is in place as the notes say; record the values before and after in the thread"
            : "Apply the change the notes describe with the tool that owns it (this plan has no dedicated steps for it), and record the values before and after in the thread";
        return Manual(Phase.Rollout, action + values + names, null, 10);
    }

    /// <summary>
    /// The plan takes a snapshot whose id is kept: it changes data, and not only by dropping indexes, which need none (their
    /// definition is their way back). A deletion the new version makes itself has its snapshot taken before the rollout.
    /// </summary>
    internal static bool KeepsSnapshots(PlanFacts facts) =>
        facts.ChangesData && (!(EarlySnapshot.OnlyContractsChangeData(facts) && !Kinds.ContractPlaybook.Snapshotted(facts).Any()) || Kinds.SelfDeletion.DeletedNames(facts).Any());

    /// <summary>The first step that changes data is an upgrade step that takes the snapshot itself (pg_upgrade's read-only period).</summary>
    private static bool UpgradeSnapshotsFirst(PlanFacts facts, IEnumerable<TimedStep> steps) =>
        steps.Where(step => step.Phase is Phase.Expand or Phase.Upgrade).OrderBy(step => step.Phase).FirstOrDefault() is { Phase: Phase.Upgrade } first
        && first.Step.Reference == facts.Paths.Snapshot;

    private static TimedStep Close(PlanFacts facts)
    {
        var keep = new List<string>();
        if (KeepsSnapshots(facts))
        {
            keep.Add("the snapshot ids");
        }

        // Settings or secrets alone ship no image, so there is no image tag to keep; an incident's is the one from before it.
        if (Urgency.ShipsImage(facts))
        {
            keep.Add(Urgency.IsIncident(facts) ? "the last image tag from before the incident" : "the previous image tag");
        }
        else if (Urgency.ConfigOnly(facts) && !Urgency.IsIncident(facts))
        {
            keep.Add("the previous config version");
        }

        var handover = keep.Count == 0 ? string.Empty : $" with {Wording.List(keep)}";
        // The public status page speaks for production only, and for any incident's fix (a hotfix, or a patch tied to an incident).
        var status = facts.IsProduction && Urgency.IsIncident(facts) ? ", update the status page," : string.Empty;
        return Manual(Phase.Close, $"Announce completion (or the rollback) in the release channel{status} and hand over to on-call{handover}", null, 5);
    }
}
