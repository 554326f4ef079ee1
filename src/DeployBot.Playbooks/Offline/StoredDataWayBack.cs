using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Plans.Validation;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The last guard of the rollback section: the release analysis reads an item as changing the schema or destroying stored
/// data, but no playbook planned a migration or contract step for it (the planner read it as something else, such as
/// modules renamed in code). The analysis may be right, so the rollback still says how stored data comes back: restoring
/// the snapshot, since the previous version alone does not undo a change to stored data. Without this line the plan would
/// be invalid, and a reader would have no way back for what the notes may have changed.
/// </summary>
internal static class StoredDataWayBack
{
    public static DeploymentPlan Ensure(DeploymentPlan plan, PlanningInput input)
    {
        var broken = PlanValidator.Validate(plan, input).Select(violation => violation.Rule).ToHashSet(StringComparer.Ordinal);
        if (!broken.Contains(PlanRules.SchemaRollback) && !broken.Contains(PlanRules.DestructiveRollback))
        {
            return plan;
        }

        // By the items' lines, as plans refer to the notes' free text: an item may be an offer the operator declines.
        var lines = input.Analysis.Items.Where(item => item.DestroysData || item.Risks.Contains(RiskArea.Schema))
            .Select(item => OperatorActions.LineOf(input.Request.Notes, item.Text)).OfType<int>().Distinct().Take(3).ToArray();
        var what = lines.Length == 0 ? "the notes" : $"{(lines.Length == 1 ? "line" : "lines")} {Wording.List([.. lines.Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture))])} of the notes";
        var line = $"Stored data: the release analysis reads {what} as changing the database, though no step of this plan migrates it; if stored data turns out changed or wrong after the rollout, redeploying the previous version does not undo that and it cannot be reversed otherwise: the way back is restoring the snapshot taken before the rollout (its id in the plan's thread), losing writes made since.";
        var rollback = plan.Rollback.ToList();
        var triggers = rollback.FindIndex(text => text.StartsWith("Roll back now", StringComparison.Ordinal));
        rollback.Insert(triggers < 0 ? rollback.Count : triggers, line);
        return plan with { Rollback = rollback };
    }
}
