using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Whether the plan takes its database snapshot before the first data change (<see cref="StepsWriter"/>): the release
/// changes data by more than contract steps, each of which would take its own. A step that needs a snapshot before the
/// rollout uses that one instead of taking a second.
/// </summary>
/// <remarks>The condition <see cref="StepsWriter"/> inserts that step on (without the engine upgrade that snapshots a stopped cluster itself).</remarks>
internal static class EarlySnapshot
{
    public static bool Taken(PlanFacts facts)
    {
        if (!facts.ChangesData)
        {
            return false;
        }

        return !OnlyContractsChangeData(facts);
    }

    /// <summary>
    /// Every item that changes stored data is a drop, truncate or narrowing that gets its own contract step and snapshot:
    /// no expand, rename, backfill, copy, engine upgrade or stated migration runs before the contract steps.
    /// </summary>
    public static bool OnlyContractsChangeData(PlanFacts facts)
    {
        var contracted = facts.PartsOfDestructive.GroupBy(parts => parts.Item)
            .Where(item => item.All(parts => parts is { Stored: not null, Renamed: null })).Select(item => item.Key).ToArray();
        return contracted.Length > 0
            && facts.Analysis.Items.Where(item => item.Risks.Contains(RiskArea.Schema) || item.Risks.Contains(RiskArea.Data)).All(contracted.Contains)
            && !facts.Is(ChangeKind.Engine) && !facts.Is(ChangeKind.Backfill) && !facts.Is(ChangeKind.Switch) && facts.StatedMigration is null;
    }
}
