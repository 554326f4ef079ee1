using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>The numbered rollback steps, cheapest first, each with the check that it worked before the next.</summary>
internal static class RollbackStepsWriter
{
    public static IReadOnlyList<RollbackStep> Steps(PlanFacts facts)
    {
        var steps = new List<RollbackStep>
        {
            new("Announce the rollback in the release channel and stop any step still running (ramp, backfill, contract)", null, StepMode.Manual, "nobody starts a new step"),
        };
        if (facts.Flag is { } flag)
        {
            steps.Add(new($"Turn {flag} off for everyone", facts.Paths.Flags, StepMode.Manual, $"flag-on traffic drops to zero and the guard metrics recover within 5 minutes"));
        }

        var incident = Kinds.Urgency.IsIncident(facts);
        if (facts.Is(ChangeKind.Config))
        {
            // During an incident the previous value is the broken one: the way back is fixing the new value at its source.
            steps.Add(incident
                ? new("Re-check the new config and secret values against their source (the provider's dashboard or the issuing authority), not the previous ones, which the incident is about; set them again and restart", facts.Paths.ConfigMap, StepMode.Manual, "the pods report the corrected config version and the incident's symptom clears")
                : new("Re-apply the previous config and secret versions recorded before the change, then restart", facts.Paths.ConfigMap, StepMode.Automated, "the pods report the previous config version"));
        }

        if (facts.Is(ChangeKind.Infra))
        {
            steps.Add(new("Roll the infrastructure back: `helm rollback` to the recorded revision, or apply the previous state", facts.Paths.Chart, StepMode.Manual, "every pod is ready and the plan or diff shows no drift"));
        }

        if (Kinds.Urgency.ShipsImage(facts))
        {
            var tag = incident ? "the last image tag from before the incident" : "the previous image tag recorded before the rollout";
            steps.Add(new($"Redeploy {tag}", facts.Paths.Deployment, StepMode.Automated, "every pod runs the previous tag and is ready"));
        }

        steps.AddRange(Kinds.DatastoreMoveRollback.Steps(facts));
        if (facts.Has(RiskArea.Schema))
        {
            steps.Add(new("Run the down-migration of the expand part, only if the previous version cannot run against it", facts.Paths.Migrations, StepMode.Manual, "the migration table shows the previous version"));
        }

        foreach (var item in facts.Destructive.Where(item => item.DestroysData && !PersonalDataErasure.Erases(item)))
        {
            if (ItemNames.DropsOnlyIndexes(item))
            {
                // An index holds no data: it is created again from the definition recorded before the drop, not restored.
                steps.Add(new($"Create {Kinds.SchemaPlaybook.Objects(item, facts.Notes)} again from the definition recorded before the drop (concurrently, where the engine can)", facts.Paths.Migrations, StepMode.Manual, "the index exists and is valid, and the queries that used it are back to their usual plans and latency"));
                continue;
            }

            steps.Add(new($"Restore {Kinds.SchemaPlaybook.Objects(item, facts.Notes)} from the snapshot taken right before its contract step (its id is in the plan's thread), with the data owner", facts.Paths.Snapshot, StepMode.Manual, "row counts match the snapshot and the flows that use it pass their smoke tests"));
        }

        return steps;
    }
}
