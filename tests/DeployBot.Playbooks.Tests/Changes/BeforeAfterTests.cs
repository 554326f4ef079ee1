using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Changes;

/// <summary>
/// Only a value and its replacement of one kind are a before/after pair the rollback returns to; an arrow in prose
/// (a time, a typo fix, a service and a word, a column and its type) is not.
/// </summary>
public sealed class BeforeAfterTests
{
    [Theory]
    [InlineData("worker crashing since 09:30 -> cpu limit 500m -> 2, replicas 3 -> 6", "500m", "2")]
    [InlineData("pool size from 20 to 50", "20", "50")]
    [InlineData("replace node group general-m5 with general-m7i", "general-m5", "general-m7i")]
    public void Read_ValuesOfOneKind_AreRead(string notes, string before, string after)
    {
        var changes = BeforeAfter.Read(notes);

        Assert.Contains(new ValueChange(before, after), changes);
    }

    [Theory]
    [InlineData("jobs failing since 09:30 -> cpu limit raised")]
    [InlineData("fix typo on the pricing page (adress -> address)")]
    [InlineData("move billing out of core-api → new billing-svc")]
    [InlineData("invoices.amount -> decimal(10,2) (was float)")]
    [InlineData("sessions table -> partitioned by day")]
    public void Read_ArrowInProse_IsNoValueChange(string notes)
    {
        var changes = BeforeAfter.Read(notes);

        Assert.Empty(changes);
    }

    [Fact]
    public void CreatePlan_TimeBeforeAnArrow_IsNotShownAsAValueToReturnTo()
    {
        var input = PlanInputs.ProductionInput(notes: "exporter restarting since 11:00 -> cpu limit 500m -> 2, replicas 3 -> 6", flag: null);

        var plan = new OfflinePlanner().CreatePlan(input, null, 0, null);

        Assert.DoesNotContain(plan.Rollback, line => line.Contains("`11:00`", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("`500m` → `2`", StringComparison.Ordinal));
    }
}
