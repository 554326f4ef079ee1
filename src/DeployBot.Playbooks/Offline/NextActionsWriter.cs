using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>Writes the checklist for before, during and after, who is involved, and the follow-ups.</summary>
internal static class NextActionsWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts)
    {
        var items = new List<string>
        {
            $"Before (dev lead, ops/SRE{(facts.IsProduction ? ", on-call" : string.Empty)}{(facts.ChangesData ? ", database owner" : string.Empty)}): confirm the scope in the notes, the checks above and the rollback target.",
            "During (ops/SRE runs the steps, the developer on duty watches errors): tick each step off in this plan and post its result in the thread.",
            "After (product): confirm the change with real users; the developer closes the release ticket and posts the outcome.",
        };
        if (facts.Flag is { } flag)
        {
            items.Add($"Follow-up: remove {flag} and the old code path once it has been at 100% for a week without incidents.");
        }

        // Only a migration of the team's own has a contract phase to schedule: a product's own database upgrade (its
        // command in the notes, its data upgrade, a second installation, a packaged release) leaves nothing of theirs to drop.
        if (facts.Has(RiskArea.Schema) && facts.Destructive.Count == 0 && OwnsMigration(facts))
        {
            items.Add("Follow-up: schedule the contract-phase migration (drop the old columns or tables) for a later release, once nothing reads them.");
        }

        // Only stored data gets a contract step and its snapshot, one for the contract steps run back to back; a removed
        // endpoint or flag is brought back by the previous version.
        var contracted = ContractPlaybook.Snapshotted(facts).Distinct(StringComparer.Ordinal).ToArray();
        if (contracted.Length > 0)
        {
            var steps = contracted.Length == 1 ? $"the contract step for {contracted[0]}" : $"the contract steps for {Wording.List(contracted)}";
            items.Add($"Follow-up: keep the snapshot taken before {steps} until the retention the data owner agreed.");
        }

        items.AddRange(OptionalDeletion.FollowUps(facts));
        if (facts.Is(ChangeKind.Config))
        {
            items.Add(Kinds.ConfigPlaybook.ChangesSecret(facts)
                ? "Follow-up: revoke the old secrets once verification passed, and remove temporary settings."
                : "Follow-up: remove temporary settings once verification passed.");
        }

        // What the notes leave for after tonight: the step that ends a cluster upgrade's way back, a deletion put off.
        items.AddRange(ClusterFollowUps.For(facts));
        items.AddRange(DatastoreMoveFollowUps.For(facts));
        items.AddRange(ErasurePlaybook.FollowUps(facts));
        if (PutOffDeletions.OldPoolDeletedLater(facts) is { } pools)
        {
            items.Add(NodePoolSteps.FollowUp(pools));
        }

        foreach (var deletion in PutOffDeletions.In(facts))
        {
            items.Add($"Follow-up (ops/SRE with the data owner), not in this window: \"{deletion.Clause}\" as the notes put it, as its own change with its own approval, only once {deletion.Gate}; it cannot be undone (Rollback Readiness).");
        }

        if (facts.Is(ChangeKind.Hotfix))
        {
            items.Add("Follow-up: the incident review (post-mortem) records the hotfix, and the fix is merged back to the main branch.");
        }

        items.Add("Follow-up: update the runbook, the docs and the changelog with anything learned.");
        return items;
    }

    /// <summary>
    /// The schema change is a migration of the team's own: not the product's own database upgrade (its command in the notes,
    /// its data upgrade, a second installation, a packaged release), which leaves the team no old columns or tables to drop.
    /// </summary>
    private static bool OwnsMigration(PlanFacts facts) =>
        SchemaPlaybook.OwnMigration(facts) is null && facts.StatedMigration is null && facts.Parallel is null && facts.Package is null
        && !SchemaPlaybook.ReworkedByRelease(facts) && DataUpgradeSteps.Of(facts) is null;
}
