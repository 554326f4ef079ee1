using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Planning.Tests.Support;
using DeployBot.Testing.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Planning.Tests.Assistant;

public sealed class ModelPlanAssistantTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answer_ModelAnswers_ReturnsItsTextAsAnswered()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.Enqueue(FakeModelReply.Content("  Turn login-v2 off first, then redeploy the previous image.  "));
        await using var services = PlanningServices.ForFake(server);

        var answer = await services.GetRequiredService<IPlanAssistant>().AnswerAsync(Question("What is the rollback?"), Ct);

        Assert.Equal(new ThreadAnswer("Turn login-v2 off first, then redeploy the previous image.", Answered: true), answer);
    }

    [Fact]
    public async Task Answer_AnyQuestion_SendsThePlanTheFencedNotesAndOnlyTheLastSixExchanges()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.Enqueue(FakeModelReply.Content("The plan does not cover database replicas."));
        await using var services = PlanningServices.ForFake(server);
        var history = Enumerable.Range(1, 8).Select(i => new ThreadExchange($"question number {i}?", $"answer number {i}.")).ToArray();

        await services.GetRequiredService<IPlanAssistant>().AnswerAsync(Question("What about the replicas?", history), Ct);

        var messages = RecordedPrompt.Messages(server.Requests[0]);
        var context = messages[1].Content;
        Assert.Contains("Redeploy the previous image tag with deploy/rollback.sh.", context, StringComparison.Ordinal);
        Assert.Matches("NOTES-BEGIN-[0-9a-f]+\nFix the login", context);
        Assert.DoesNotContain(messages, m => m.Content.Contains("question number 2?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Role == "user" && m.Content == "question number 3?");
        Assert.Contains(messages, m => m.Role == "assistant" && m.Content == "answer number 8.");
        Assert.Equal(("user", "What about the replicas?"), messages[^1]);
    }

    [Fact]
    public async Task Answer_ModelDown_SaysItCannotAnswerNowAndQuotesTheMatchingSection()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.ServerError(503);
        await using var services = PlanningServices.ForFake(server);

        var answer = await services.GetRequiredService<IPlanAssistant>().AnswerAsync(Question("How do we roll back?"), Ct);

        Assert.False(answer.Answered);
        Assert.StartsWith("I can't answer questions right now: the model is unavailable (the model did not answer after 2 attempts (HTTP 503)).", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"The plan's {PlanSections.Rollback} section may help.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("> Redeploy the previous image tag with deploy/rollback.sh.", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Answer_ModelEchoesTheApiKey_KeyIsRedacted()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.Enqueue(FakeModelReply.Content($"The key is {PlanningServices.ApiKey}."));
        await using var services = PlanningServices.ForFake(server);

        var answer = await services.GetRequiredService<IPlanAssistant>().AnswerAsync(Question("What is the key?"), Ct);

        Assert.DoesNotContain(PlanningServices.ApiKey, answer.Text, StringComparison.Ordinal);
    }

    internal static PlanQuestion Question(string text, IReadOnlyList<ThreadExchange>? history = null)
    {
        var input = SampleInputs.Staging();
        return new PlanQuestion(input.Request, SamplePlans.GoodFor(input), history ?? [], text);
    }
}
