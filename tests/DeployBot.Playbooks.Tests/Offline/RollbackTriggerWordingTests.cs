using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>Any one rollback trigger is enough, so the plan lists them with "or": "a and b" reads as if all had to happen together.</summary>
public sealed class RollbackTriggerWordingTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_SeveralTriggers_AreAlternatives()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(), null, 0, null);

        var triggers = Assert.Single(plan.Rollback, line => line.StartsWith("Roll back now on any of:", StringComparison.Ordinal));
        Assert.Contains(" or ", triggers, StringComparison.Ordinal);
        Assert.DoesNotContain(" minutes and ", triggers, StringComparison.Ordinal);
    }
}
