using System.Text.Json;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Planning.Tests.Support;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Planning.Tests.Model;

/// <summary>The detailed rollback plan written by the model through the real connector, pipeline and fallback.</summary>
public sealed class ModelRollbackPlannerTests
{
    private const string Notes = "Drop the legacy users.password_md5 column; new Stripe webhook";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateRollbackPlan_ModelAnswersAValidPlan_IsTheModelsAndTheContextComesFromTheRequest()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = Input();
        var answer = Good(input) with { Summary = ["Turn login-v2 off first; restore users.password_md5 from its snapshot only if data was damaged.", "About 40 minutes."] };
        server.Enqueue(FakeModelReply.Content(AsModelJson(answer)));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IRollbackPlanner>().CreateRollbackPlanAsync(input, Ct);

        Assert.Equal(new PlannerInfo(PlannerInfo.Model, PlanningServices.ModelId, 1, null), plan.Planner);
        Assert.Equal(answer.Summary, plan.Summary);
        Assert.Equal(answer.Steps, plan.Steps);
        Assert.Equal(new RollbackContext("p-42", 3, Notes, "production", "login-v2"), plan.Context);
        var prompt = RecordedPrompt.Messages(server.Requests[0]);
        Assert.Contains("detailed rollback plan", prompt[0].Content, StringComparison.Ordinal);
        Assert.Contains("version 3", prompt[1].Content, StringComparison.Ordinal);
        Assert.Contains("destructive", prompt[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRollbackPlan_FlagTurnedOffAfterTheRedeploy_RepairQuotesTheRuleThenSucceeds()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = Input();
        var good = Good(input);
        var flagStep = good.Steps.Single(step => step.Action.Contains("login-v2", StringComparison.Ordinal));
        var flagLast = good with { Steps = [.. good.Steps.Where(step => step != flagStep), flagStep] };
        server.Enqueue(FakeModelReply.Content(AsModelJson(flagLast)), FakeModelReply.Content(AsModelJson(good)));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IRollbackPlanner>().CreateRollbackPlanAsync(input, Ct);

        Assert.Equal((PlannerInfo.Model, 2), (plan.Planner.Name, plan.Planner.Attempts));
        var repair = RecordedPrompt.Messages(server.Requests[1])[^1].Content;
        Assert.Contains(RollbackRules.FlagOffFirst + ":", repair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRollbackPlan_MarkdownAnswerWithTheSixHeadings_IsRead()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = Input();
        server.Enqueue(FakeModelReply.Content(MarkdownRollbackRenderer.Render(Good(input))));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IRollbackPlanner>().CreateRollbackPlanAsync(input, Ct);

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.Equal(Good(input).Steps.Select(step => step.Action), plan.Steps.Select(step => step.Action));
        Assert.All(plan.Steps, step => Assert.False(string.IsNullOrWhiteSpace(step.Check)));
    }

    [Fact]
    public async Task CreateRollbackPlan_SectionsOutOfOrder_IsRejected()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = Input();
        var json = AsModelJson(Good(input));
        using var document = JsonDocument.Parse(json);
        var reordered = "{" + string.Join(",", document.RootElement.EnumerateObject().Reverse().Select(p => $"\"{p.Name}\":{p.Value.GetRawText()}")) + "}";
        server.Enqueue(FakeModelReply.Content(reordered), FakeModelReply.Content(json));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IRollbackPlanner>().CreateRollbackPlanAsync(input, Ct);

        Assert.Equal(2, plan.Planner.Attempts);
        Assert.Contains(RollbackRules.SectionOrder, RecordedPrompt.Messages(server.Requests[1])[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRollbackPlan_ModelFailsEveryAttempt_OfflineRollbackPlanSaysWhy()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.ServerError(503);
        var input = Input();
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IRollbackPlanner>().CreateRollbackPlanAsync(input, Ct);

        Assert.Equal((PlannerInfo.Offline, PlanningServices.ModelId, 3), (plan.Planner.Name, plan.Planner.ModelId, plan.Planner.Attempts));
        Assert.Contains("HTTP 503", plan.Planner.FallbackReason, StringComparison.Ordinal);
        Assert.Empty(RollbackValidator.Validate(plan, input.Planning));
        var markdown = MarkdownRollbackRenderer.Render(plan);
        Assert.StartsWith("_Written by DeployBot's offline planner: the model fake-model did not give a usable plan after 3 attempts", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRollbackPlan_NoModelConfigured_IsTheOfflineRollbackPlan()
    {
        await using var services = PlanningServices.Build(new Dictionary<string, string?>());

        var plan = await services.GetRequiredService<IRollbackPlanner>().CreateRollbackPlanAsync(Input(), Ct);

        Assert.Equal(PlannerInfo.OfflineByChoice, plan.Planner);
    }

    private static RollbackInput Input()
    {
        var planning = SampleInputs.Production(Notes, flag: "login-v2");
        return new RollbackInput(planning, new OfflinePlanner().CreatePlan(planning, null, 0, null), "p-42", 3);
    }

    private static RollbackPlan Good(RollbackInput input) => RollbackPlanWriter.Write(input.Planning, input.PlanId, input.Version);

    private static string AsModelJson(RollbackPlan plan) => JsonSerializer.Serialize(new
    {
        summary = plan.Summary,
        triggers = plan.Triggers,
        steps = plan.Steps.Select(step => new { action = step.Action, reference = step.Reference, mode = step.Mode == StepMode.Manual ? "manual" : "automated", check = step.Check }),
        dataRecovery = plan.DataRecovery,
        verification = plan.Verification,
        communication = plan.Communication,
    });
}
