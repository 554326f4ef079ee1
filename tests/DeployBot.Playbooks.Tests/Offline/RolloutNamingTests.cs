using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>The rollout steps name what goes out: the service and the version the notes give, however the sentence around them ends.</summary>
public sealed class RolloutNamingTests
{
    private static readonly OfflinePlanner Planner = new();

    private static string Steps(string notes) =>
        string.Join('\n', Planner.CreatePlan(PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null), null, 0, null).Steps.Select(step => step.Action));

    [Theory]
    [InlineData("Today we deploy billing-service 4.3.1. It retries the ledger call once on timeout.", "rollout of billing-service 4.3.1")]
    [InlineData("hotfix for the events-dispatcher, it sent the same event twice because the ack was lost. Version 2.2.5. Nothing else.", "events-dispatcher 2.2.5")]
    [InlineData("order-router 3.0.0 moves the order queue to SQS; new variable SQS_ORDERS_QUEUE_URL.", "order-router 3.0.0")]
    public void CreatePlan_NotesGiveServiceAndVersion_TheRolloutNamesThem(string notes, string named)
    {
        Assert.Contains(named, Steps(notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bump the SDK; requires Node version 18.0.0 at least", "18.0.0")]
    [InlineData("Bump the SDK; requires Node.js version 18.0.0 at least", "18.0.0")]
    [InlineData("payments-api: the retry header, deprecated since version 1.4.0, is no longer sent", "1.4.0")]
    public void CreatePlan_ADependencysOrAnOldVersion_IsNotTheReleaseVersion(string notes, string version)
    {
        Assert.DoesNotContain(version, Steps(notes), StringComparison.Ordinal);
    }
}

/// <summary>An index is named by its table and columns ("payments(provider_ref)"), not by a bare column the engineer must guess the table of.</summary>
public sealed class IndexNamingTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("hotfix: add missing index on invoices(customer_ref), webhook handler doing seq scans", "for \"invoices(customer_ref)\":")]
    [InlineData("new index on audit_events (tenant_id, created_at), built concurrently", "for \"audit_events(tenant_id, created_at)\":")]
    public void CreatePlan_NewIndexOnTableColumns_TheMigrationStepNamesTableAndColumns(string notes, string named)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("migration", StringComparison.Ordinal) && step.Action.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ExpressionIndex_IsNotReadAsATableNamedByItsFunction()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput("add column users.email_lower; unique index on users (lower(email)) so sign-up rejects case variants", "Sat 22:00-02:00 CET", null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("\"lower(email)\"", StringComparison.Ordinal));
    }
}
