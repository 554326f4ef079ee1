using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A destructive item may rename a mode label under configuration ("Rename `Classic` SQL schema to `Sharded`" beside
/// the option that selects it): the label is changed where the config sets it, not dropped in a contract step; a
/// dropped or renamed table keeps its contract step.
/// </summary>
public sealed class NamedInPassingTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return plan;
    }

    private static List<string> Contracts(DeploymentPlan plan) =>
        [.. plan.Steps.Select(step => step.Action).Where(action => action.StartsWith("Contract step", StringComparison.Ordinal))];

    [Theory]
    [InlineData("## 6.0.0\n\n### Upgrading\n\n- Rename `Classic` SQL schema to `Sharded`; the `use_classic_schema` option becomes `sql_sharded_schema`.", "Classic", "Sharded")]
    [InlineData("## Version 25.10\n\n#### Configuration\n\n- Rename `New` SQL schema to `Multihost`, and `Default` to `Singlehost`\n- Add config transformer from `use_new_schema` -> `sql_multihost_schema`", "New", "Multihost")]
    public void CreatePlan_ModeLabelRenamedUnderConfiguration_IsChangedInConfigNotDropped(string notes, string label, string renamed)
    {
        var plan = Plan(notes);
        var actions = plan.Steps.Select(step => step.Action).ToList();

        Assert.Empty(Contracts(plan));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains($"contract step for \"{label}\"", StringComparison.Ordinal));
        Assert.Contains(actions, action => action.StartsWith($"Find every deployment that still sets \"{label}\"", StringComparison.Ordinal) && action.Contains($"\"{renamed}\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 3.0.0\n\n### Database\n\n- Rename table `Orders` to `SalesOrders`.", "drop \"Orders\"")]
    [InlineData("## 3.0.0\n\n### Configuration\n\n- Drop table `sessions_old`, replaced by `sessions` in 2.9.", "drop \"sessions_old\"")]
    public void CreatePlan_RealTableDroppedOrRenamed_KeepsItsContractStep(string notes, string drop)
    {
        Assert.Contains(Contracts(Plan(notes)), action => action.Contains(drop, StringComparison.Ordinal));
    }
}
