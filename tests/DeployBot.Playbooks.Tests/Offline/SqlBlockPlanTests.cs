using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>An upgrade guide's SQL names tables and columns; its own words (AUTO_INCREMENT, CURRENT_TIMESTAMP) are no settings to apply.</summary>
public sealed class SqlBlockPlanTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("## 2.6.0\n\nA new table is required in the database:\n\n```sql\nCREATE TABLE re_references (id INT AUTO_INCREMENT NOT NULL, created DATETIME NOT NULL, PRIMARY KEY(id)) ENGINE = InnoDB\n```")]
    [InlineData("## 4.2.0\n\n- Add `audit_events` table: `CREATE TABLE audit_events (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP)`")]
    public void SqlKeywords_AreNotAppliedAsConfig(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("AUTO_INCREMENT", StringComparison.Ordinal) || step.Action.Contains("CURRENT_TIMESTAMP", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("AUTO_INCREMENT", StringComparison.Ordinal) || line.Contains("CURRENT_TIMESTAMP", StringComparison.Ordinal));
    }

    [Fact]
    public void ARealSettingBesideSql_IsStillApplied()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: "## 4.2.0\n\n- Add `audit_events` table (`id BIGINT AUTO_INCREMENT`)\n- New setting AUDIT_RETENTION_DAYS (default 90)", window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("AUDIT_RETENTION_DAYS", StringComparison.Ordinal) && !step.Action.Contains("AUTO_INCREMENT", StringComparison.Ordinal));
    }
}
