using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A PostgreSQL blue/green upgrade by logical replication, green already replicating, the pooler repointed and the
/// connection string unchanged: the subscription's state and lag are the gate, extensions and sequences (which logical
/// replication does not carry) are checked and resynced, the cutover pauses, drains, repoints and resumes, and the way
/// back says plainly that green's writes are not on blue.
/// </summary>
public sealed class LogicalReplicationCutoverTests
{
    private const string Notes = "postgres 12 -> 16 for orders-db. blue/green via logical replication, cutover = ~2 min read-only while writes drain. old cluster kept 7 days for fallback. pg_trgm + postgis re-created on green already. app unchanged, same DATABASE_URL (pgbouncer repoint)";

    private static DeploymentPlan Plan(string notes = Notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-23:30 CET", flag: null);
        var plan = new OfflinePlanner().CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return plan;
    }

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    private static string Steps(DeploymentPlan plan) => string.Join("\n", plan.Steps.Select(step => step.Action));

    [Fact]
    public void CreatePlan_ConnectionStringStaysTheSame_AppliesAndRestartsNothing()
    {
        var plan = Plan();

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("DATABASE_URL", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("rolling restart", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Config rollback:", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_GreenAlreadyReplicating_GatesOnSubscriptionAndLagInsteadOfCreatingIt()
    {
        var plan = Plan();

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Create", StringComparison.Ordinal));
        var gate = Index(plan, "pg_stat_subscription");
        Assert.True(gate >= 0 && gate < Index(plan, "Cutover"), Steps(plan));
        Assert.Contains("pg_stat_replication", plan.Steps[gate].Action, StringComparison.Ordinal);
        var extensions = Index(plan, "FROM pg_extension");
        Assert.True(extensions >= 0 && extensions < Index(plan, "Cutover"), Steps(plan));
        Assert.Contains("\"pg_trgm\" and \"postgis\"", plan.Steps[extensions].Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_Cutover_PausesWaitsForLagZeroResyncsSequencesRepointsAndResumesInTheStatedMinutes()
    {
        var plan = Plan();

        var cutover = plan.Steps[Index(plan, "Cutover")].Action;
        int pause = cutover.IndexOf("`PAUSE` in PgBouncer", StringComparison.Ordinal), lag = cutover.IndexOf("lag is 0", StringComparison.Ordinal),
            sequences = cutover.IndexOf("sequence script", StringComparison.Ordinal), repoint = cutover.IndexOf("point PgBouncer's `[databases]` entry at green", StringComparison.Ordinal),
            resume = cutover.IndexOf("`RESUME`", StringComparison.Ordinal);
        Assert.True(pause >= 0 && pause < lag && lag < sequences && sequences < repoint && repoint < resume, cutover);
        Assert.EndsWith("(~2 min)", cutover, StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.Contains("setval", StringComparison.Ordinal) && step.Action.Contains("does not copy sequence values", StringComparison.Ordinal));
        Assert.True(Index(plan, "Verify writes on green") > Index(plan, "Cutover"), Steps(plan));
    }

    [Fact]
    public void CreatePlan_RollbackWithinTheKeptDays_SaysGreensWritesAreNotOnBlue()
    {
        var plan = Plan();

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Blue/green rollback", StringComparison.Ordinal));
        Assert.Contains("7 days, as the notes say", rollback, StringComparison.Ordinal);
        Assert.Contains("point PgBouncer's `[databases]` entry back at blue", rollback, StringComparison.Ordinal);
        Assert.Contains("Writes made on green after the cutover are not on blue", rollback, StringComparison.Ordinal);
        Assert.Contains("unless reverse replication", rollback, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_NewConnectionStringForTheSwitch_StillAppliesItAsTheSwitch()
    {
        var plan = Plan("Move audit store from audit-mongo to audit-pg: flip AUDIT_STORE=postgres, audit-mongo stays read-only for 7 days");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Switch to the new store: apply the new", StringComparison.Ordinal));
    }
}
