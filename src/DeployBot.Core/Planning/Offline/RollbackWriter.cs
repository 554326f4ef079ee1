using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>Writes how to roll back (flag first, then version, config, migration), the triggers, and what must exist beforehand.</summary>
internal static class RollbackWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts)
    {
        var items = new List<string>();
        if (facts.Flag is { } flag)
        {
            items.Add($"First rollback: turn {flag} off for everyone (flag-only rollback, no redeploy); most problems end there.");
        }

        items.Add($"Version rollback: redeploy the previous image tag recorded in step 2 (`kubectl rollout undo` on `{AssumedSetup.Deployment}`).");
        if (facts.Has(RiskArea.Config))
        {
            items.Add($"Config rollback: re-apply the previous version of `{AssumedSetup.ConfigMap}` and the previous secret versions, then restart the pods.");
        }

        if (facts.Has(RiskArea.Schema))
        {
            items.Add($"Migration rollback: the expand migration is additive, so the previous version runs against it; if it must go, run its down-migration from `{AssumedSetup.Migrations}`, and restore the snapshot only if data was damaged.");
        }

        if (facts.Has(RiskArea.Data))
        {
            items.Add("Data rollback: stop the backfill (it resumes from its last batch later); restore the affected tables from the snapshot only if records were damaged.");
        }

        items.Add(Triggers(facts));
        items.Add(Artifacts(facts));
        if (facts.IsHighRisk)
        {
            items.Add($"High risk: follow the detailed rollback plan in `{AssumedSetup.RollbackRunbook}`, and decide on a rollback within 10 minutes of a trigger.");
        }

        return items;
    }

    private static string Triggers(PlanFacts facts)
    {
        var triggers = facts.IsProduction
            ? new List<string> { "5xx error rate above 1% for 5 minutes", "p95 latency more than 20% over baseline for 10 minutes", "a failed health check after 5 minutes" }
            : ["5xx error rate above 5% for 10 minutes", "failing smoke tests"];
        if (facts.ChangesData)
        {
            triggers.Add("any data integrity error");
        }

        if (facts.Has(RiskArea.Auth))
        {
            triggers.Add("users unable to sign in");
        }

        if (facts.Window is not null)
        {
            triggers.Add($"verification not passed with less than {Schedule.RollbackReserve} minutes of the window left");
        }

        return $"Roll back now on any of: {Wording.List(triggers)}.";
    }

    private static string Artifacts(PlanFacts facts)
    {
        var needed = new List<string> { "the previous image tag" };
        if (facts.ChangesData)
        {
            needed.Add("the pre-deployment snapshot id");
        }

        if (facts.Has(RiskArea.Schema))
        {
            needed.Add("the tested down-migrations");
        }

        if (facts.Has(RiskArea.Config))
        {
            needed.Add("the previous config and secret versions");
        }

        return $"Have ready before starting: {Wording.List(needed)}.";
    }
}
