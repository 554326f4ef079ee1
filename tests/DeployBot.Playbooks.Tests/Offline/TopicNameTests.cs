using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>"topic within the node view", "topic for each tenant": the word after "topic" is English, not the topic's name.</summary>
public sealed class TopicNameTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("Kafka consumers: show the paused label per topic within the admin view; the billing consumer commits offsets after each batch.", "within")]
    [InlineData("Kafka: create one topic for each tenant; the orders consumer commits offsets after each batch.", "for")]
    [InlineData("Kafka: create the topic before deploying consumers; the orders consumer commits offsets after each batch.", "before")]
    public void CreatePlan_WordAfterTopicIsEnglish_IsNotNamedAsATopic(string notes, string word)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);
        var text = string.Join('\n', plan.Steps.Select(step => step.Action).Concat(plan.PreDeploymentChecks).Concat(plan.Rollback));

        Assert.DoesNotContain($"\"{word}\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"`{word}`", text, StringComparison.Ordinal);
    }
}
