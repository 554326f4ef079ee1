using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>A messaging change gets a topic step only when the notes create or reshape a topic.</summary>
public sealed class MessagingTopicStepTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("notifications-service 3.8.0 switches the billing-events consumer from group invoice-mailer to invoice-mailer-v2. Reset the new group's offsets on billing-events before the deploy.", false)]
    [InlineData("orders-service 2.1 publishes to the new order-events topic (12 partitions) through Kafka.", true)]
    [InlineData("Increase partitions of the payments-events Kafka topic from 12 to 24.", true)]
    public void CreatePlan_MessagingChange_TopicStepOnlyWhenTheNotesChangeATopic(string notes, bool expected)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Equal(expected, plan.Steps.Any(step => step.Action.StartsWith("Create or change", StringComparison.Ordinal)));
    }
}
