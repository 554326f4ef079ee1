using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;
using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the FRESH30 plan-validity check found (openwisp 1.2.0): the release analysis read "renaming `serializer` modules to
/// `serializers`" as a schema change that destroys data, the planner read it as code, and the plan had no way back for
/// stored data, so it was invalid. Whoever is right, the rollback names the snapshot. The first notes are this file's own; the
/// second is that FRESH30 item as written, the plan that was invalid (a validity case, not a label).
/// </summary>
public sealed class Review32StoredDataWayBackTests
{
    [Theory]
    [InlineData("## 2.1.0\n\n### Changes\n\n- Improved consistency across the REST API by renaming `handler` modules to `handlers`, centralizing base handler logic, fixing device creation when group templates differ, and standardizing primary key parameter types.\n- Added a dark theme.\n")]
    [InlineData("## 1.2.0\n\n- Improved consistency across the REST API by renaming `serializer` modules to `serializers`, centralizing base serializer logic, fixing configuration creation when organization templates differ, and standardizing primary key parameter types and URL converters.\n")]
    public void ItemTheAnalysisReadsAsASchemaChange_GetsAValidPlanWithTheSnapshotAsTheWayBack(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Plan(notes);

        Assert.Empty(PlanValidator.Validate(plan, input));
        if (input.Analysis.Items.Any(item => item.DestroysData))
        {
            Assert.Contains(plan.Rollback, line => Has(line, "restoring the snapshot") && Has(line, "cannot be reversed"));
        }
    }
}
