using System.Globalization;
using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A PostgreSQL major upgrade with pg_upgrade: with --link the old data directory shares its files with the new cluster,
/// so once the new one has started the old one can never start again and the snapshot is the only way back; a plain
/// (copy mode) pg_upgrade leaves the old cluster startable. The read-only period the notes give is what the steps plan.
/// </summary>
public sealed partial class PgUpgradeModeTests
{
    private const string Link = "pg 13 -> 16 on orders-db (pg_upgrade --link, ~20 min read-only). also drops the unused hstore extension + orders.attrs_hstore col";

    private static PlanningCase Plan(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-23:30 CET", flag: null);
        var plan = new OfflinePlanner().CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return new PlanningCase(plan, RollbackPlanWriter.Write(input));
    }

    private sealed record PlanningCase(DeploymentPlan Plan, RollbackPlan Rollback);

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    private static int Minutes(PlanStep step) => int.Parse(StepMinutes().Match(step.Action).Groups["m"].Value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(Link)]
    [InlineData("ledger db: pg 13 -> 16 via pg_upgrade --link on ledger-db-primary, ledger-api goes read-only during it")]
    public void CreatePlan_PgUpgradeSnapshotsTheStoppedCluster_NoSecondSnapshotBeforeIt(string notes)
    {
        var (plan, _) = Plan(notes);

        var upgrade = Index(plan, "pg_upgrade --link`, then start");
        var snapshots = plan.Steps.Take(upgrade).Where(step => step.Action.Contains("snapshot", StringComparison.OrdinalIgnoreCase)
            && !step.Action.StartsWith("Run `pg_upgrade", StringComparison.Ordinal) && !step.Action.StartsWith("With the", StringComparison.Ordinal));
        Assert.Contains("snapshot of its stopped data directory", Assert.Single(snapshots).Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Link)]
    [InlineData("pg 13 -> 16 on orders-db (pg_upgrade --link, ~20 min read-only). drop column orders.attrs_hstore")]
    public void CreatePlan_PgUpgradeLink_RollbackSaysTheOldClusterCannotStartOnceTheNewOneHas(string notes)
    {
        var (plan, rollbackPlan) = Plan(notes);

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Engine rollback:", StringComparison.Ordinal));
        Assert.Contains("Once PostgreSQL 16 has started, the old data directory can never be started again", rollback, StringComparison.Ordinal);
        Assert.Contains("irreversible from that point", rollback, StringComparison.Ordinal);
        Assert.Contains("the only way back is restoring the snapshot", rollback, StringComparison.Ordinal);
        Assert.Contains("its id recorded", rollback, StringComparison.Ordinal);
        Assert.Contains(rollbackPlan.DataRecovery, line => line.Contains("irreversible from that point", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_PgUpgradeLink_SnapshotsTheStoppedClusterBeforeThePointOfNoReturn()
    {
        var plan = Plan(Link).Plan;

        int snapshot = Index(plan, "take a snapshot of its stopped data directory"), upgrade = Index(plan, "Upgrade PostgreSQL 13 → 16 as rehearsed: run `pg_upgrade --link`");
        Assert.True(snapshot >= 0 && snapshot < upgrade, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.Contains("Point of no return", plan.Steps[upgrade].Action, StringComparison.Ordinal);
        Assert.True(Index(plan, "pg_upgrade --link --check") is var check && check >= 0 && check < snapshot);
    }

    [Theory]
    [InlineData(Link, 20)]
    [InlineData("pg 13 -> 16 on orders-db (pg_upgrade --link, read-only for about 12 minutes)", 12)]
    public void CreatePlan_StatedReadOnlyPeriod_IsWhatTheStepsInsideItAddUpTo(string notes, int minutes)
    {
        var plan = Plan(notes).Plan;

        int start = Index(plan, "Start the read-only period"), end = Index(plan, "then end the read-only period");
        Assert.True(start >= 0 && end > start, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.Contains($"about {minutes} minutes, as the notes say", plan.Steps[start].Action, StringComparison.Ordinal);
        Assert.Equal(minutes, plan.Steps.Skip(start).Take(end - start + 1).Sum(Minutes));
    }

    [Fact]
    public void CreatePlan_PlainPgUpgrade_KeepsTheOldClusterStartable()
    {
        var plan = Plan("pg 13 -> 16 on orders-db (pg_upgrade, ~20 min read-only)").Plan;

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Engine rollback:", StringComparison.Ordinal));
        Assert.Contains("leaves the PostgreSQL 13 data directory as it was", rollback, StringComparison.Ordinal);
        Assert.Contains("starting PostgreSQL 13 on its own data directory", rollback, StringComparison.Ordinal);
        Assert.DoesNotContain("irreversible", rollback, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("Point of no return", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_NodeClientNamedPg_IsNoEngineUpgrade()
    {
        var plan = Plan("Bump pg from 8.11.3 to 8.12.0 in payments-api").Plan;

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("PostgreSQL 8", StringComparison.Ordinal) || step.Action.Contains("ANALYZE", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\(~(?<m>\d+) min\)")]
    private static partial Regex StepMinutes();
}
