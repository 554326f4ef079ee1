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

    [Fact]
    public void CreatePlan_ADependencysVersion_IsNotTheReleaseVersion()
    {
        var steps = Steps("Bump the SDK; requires Node version 18.0.0 at least");

        Assert.DoesNotContain("version 18.0.0", steps, StringComparison.Ordinal);
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
}
