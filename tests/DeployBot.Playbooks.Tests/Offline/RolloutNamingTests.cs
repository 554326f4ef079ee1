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
