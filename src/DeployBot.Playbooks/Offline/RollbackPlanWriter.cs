using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;
using static DeployBot.Playbooks.Offline.RollbackStepsWriter;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Writes the detailed rollback plan (plan-format.md) from the same reading of the release as the plan: the flag off
/// first, then config, infrastructure, the previous version, and data restore last; destructive items come back only
/// from their snapshot.
/// </summary>
public static class RollbackPlanWriter
{
    public static RollbackPlan Write(PlanningInput input, string? planId = null, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var facts = PlanFacts.From(input);
        var schedule = StepsWriter.Plan(facts);
        var steps = Steps(facts);
        return new RollbackPlan(
            new RollbackContext(planId, version, input.Request.Notes, input.Request.Environment, facts.Flag),
            Summary(facts, steps),
            [RollbackWriter.Triggers(facts, schedule), Decider(facts)],
            steps,
            DataRecovery(facts),
            Verification(facts),
            Communication(facts),
            PlannerInfo.OfflineByChoice);
    }

    private static List<string> Summary(PlanFacts facts, IReadOnlyList<RollbackStep> steps)
    {
        var order = new List<string>();
        if (facts.Flag is { } flag)
        {
            order.Add($"turn {flag} off");
        }

        if (facts.Is(ChangeKind.Config))
        {
            // During an incident the previous values are the broken ones: never a way back.
            order.Add(Kinds.Urgency.IsIncident(facts) ? "correct the new config and secrets at their source" : "re-apply the previous config and secrets");
        }

        if (facts.Is(ChangeKind.Infra))
        {
            order.Add("roll the infrastructure back to its recorded revision");
        }

        if (Kinds.Urgency.ShipsImage(facts))
        {
            order.Add("redeploy the previous version");
        }

        order.AddRange(Kinds.DatastoreMoveRollback.Order(facts) is { } move ? [move] : []);

        if (facts.ChangesData)
        {
            order.Add("restore data from the snapshot, only if data was damaged or a destructive step must be undone");
        }

        var minutes = steps.Count * 10;
        return
        [
            $"What is rolled back: the release described in the notes, in {facts.Env}.",
            $"Order of preference: {Wording.List(order)}; stop at the first step that ends the problem.",
            $"It takes about {minutes} minutes when every step is needed; the flag or config steps alone take about 10.",
        ];
    }

    private static string Decider(PlanFacts facts) => Kinds.Urgency.IsIncident(facts)
        ? "Who decides: the incident commander, on the on-call engineer's advice; compare with the baseline from before the incident."
        : $"Who decides: the rollback owner named before starting, with the on-call engineer for {facts.Env}; no one waits for a meeting.";

    private static IReadOnlyList<string> DataRecovery(PlanFacts facts)
    {
        var lines = PlaybookCatalog.For(facts)
            .Where(playbook => playbook.Kind is ChangeKind.Schema or ChangeKind.Contract or ChangeKind.Backfill or ChangeKind.Engine
                or ChangeKind.EncryptedCopy or ChangeKind.CacheEngine or ChangeKind.SearchMigration or ChangeKind.Erasure)
            .SelectMany(playbook => playbook.Rollback(facts)).ToList();
        lines.Add(facts.ChangesData
            ? "Data written since the deployment: restoring a snapshot loses it, so export the rows written since (by timestamp) before restoring and replay them after."
            : "No stored data changes in this release: nothing to restore.");
        return lines;
    }

    private static IReadOnlyList<string> Verification(PlanFacts facts) => Kinds.ToolVehicles.RollbackVerification(facts) ??
    [
        "Health: every pod of the previous version is ready and no pod restarts.",
        $"Smoke tests (`{facts.Paths.SmokeTests}`) of the critical flows pass.",
        $"Metrics: 5xx error rate and p95 latency back to {Wording.Baseline(facts)} on {facts.Paths.Dashboards} for 15 minutes; fail: any new exception type.",
    ];

    private static IReadOnlyList<string> Communication(PlanFacts facts)
    {
        var lines = new List<string>
        {
            $"Tell the release channel and the on-call engineer for {facts.Env} when the rollback starts and when it is verified.",
            "Follow-up: open an incident or post-mortem, and plan the fix forward before the release is tried again.",
        };
        // The public status page speaks for production: a staging rollback, even of a hotfix, leaves it alone.
        if (facts.IsProduction)
        {
            lines.Insert(1, "Update the status page if users saw the problem.");
        }

        if (facts.Is(ChangeKind.Payments))
        {
            lines.Insert(1, "Tell the payment provider or partner, with the times of the rollback.");
        }

        return lines;
    }
}
