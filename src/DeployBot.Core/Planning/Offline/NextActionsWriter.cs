using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>Writes the checklist for before, during and after, who is involved, and the follow-ups.</summary>
internal static class NextActionsWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts)
    {
        var items = new List<string>
        {
            $"Before (dev lead, ops/SRE{(facts.IsProduction ? ", on-call" : string.Empty)}): confirm the scope in the notes, the checks above and the rollback target.",
            "During (ops/SRE runs the steps, the developer on duty watches errors): post each step's result in the release channel.",
            "After (product): confirm the change with real users; the developer closes the release ticket and posts the outcome.",
        };
        if (facts.Flag is { } flag)
        {
            items.Add($"Follow-up: remove {flag} and the old code path once it has been at 100% for a week without incidents.");
        }

        if (facts.Has(RiskArea.Schema))
        {
            items.Add("Follow-up: schedule the contract-phase migration (drop the old columns or tables) for a later release.");
        }

        if (facts.Has(RiskArea.Config))
        {
            items.Add("Follow-up: remove temporary settings and retire the old secrets.");
        }

        items.Add("Follow-up: update the runbook, the docs and the changelog with anything learned.");
        return items;
    }
}
