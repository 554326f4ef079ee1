using DeployBot.Core.Plans;
using DeployBot.Planning.Assistant;

namespace DeployBot.Planning.Tests.Assistant;

public sealed class OfflinePlanAssistantTests
{
    [Fact]
    public async Task Answer_RollbackQuestion_SaysNoModelAndQuotesTheRollbackSection()
    {
        var question = ModelPlanAssistantTests.Question("what is the rollback?");

        var answer = await new OfflinePlanAssistant().AnswerAsync(question, TestContext.Current.CancellationToken);

        Assert.False(answer.Answered);
        Assert.StartsWith("I can't answer questions right now: no language model is configured.", answer.Text, StringComparison.Ordinal);
        Assert.All(question.Plan.Rollback, line => Assert.Contains($"> {line}", answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_QuestionMatchingNoSection_ListsTheSectionsInstead()
    {
        var question = ModelPlanAssistantTests.Question("Is the coffee machine fixed?");

        var answer = await new OfflinePlanAssistant().AnswerAsync(question, TestContext.Current.CancellationToken);

        Assert.False(answer.Answered);
        Assert.Contains(string.Join(", ", PlanSections.InOrder), answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", answer.Text, StringComparison.Ordinal);
    }
}
