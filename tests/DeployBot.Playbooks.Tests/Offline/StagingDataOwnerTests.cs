using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Outside production nobody signs the release off, but data a destructive run deletes is gone there too: a staging plan
/// that deletes data asks its owner first, whichever playbook plans the deletion (a contract step, a reindex, an erasure run).
/// </summary>
public sealed class StagingDataOwnerTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("reindex products into products_v3 (new analyzer), swap the alias, then delete products_v2")]
    [InlineData("GDPR erasure: run erase_customers for 312 requests (batch DPO-77). deletes profile + addresses. irreversible")]
    public void CreatePlan_StagingRunThatDeletesData_AsksTheDataOwnerAndIsValid(string notes)
    {
        var input = PlanInputs.StagingInput(notes);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains("the data owner approves", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StagingReleaseThatDeletesNothing_AsksNoDataOwner()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput("Adds invoices.due_at column"), null, 0, null);

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.Contains("data owner", StringComparison.Ordinal));
    }
}
