using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Validation;
using DeployBot.Planning.Tests.Support;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Planning.Tests.Model;

/// <summary>The model gets the classified items, and a model plan that contradicts them is repaired or replaced.</summary>
public sealed class ModelPlannerNotesTests
{
    private const string DestructiveNotes = "Drop the legacy users.password_md5 column and remove the deprecated /v1/login endpoint";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatePlan_Always_PromptCarriesTheItemsWithDestructiveOnesMarkedInsideTheFence()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = SampleInputs.Production(DestructiveNotes, window: "Sat 22:00-23:00 CET");
        server.Enqueue(FakeModelReply.Content(SamplePlans.AsModelJson(new OfflinePlanner().CreatePlan(input, null, 0, null))));
        await using var services = PlanningServices.ForFake(server);

        await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        var request = RecordedPrompt.Messages(server.Requests[0])[^1].Content;
        Assert.Contains("RELEASE ANALYSIS (by DeployBot): kind normal; risk areas schema, auth, breaking.", request, StringComparison.Ordinal);
        Assert.Contains("1. [destructive; schema, auth, breaking] Drop the legacy users.password_md5 column", request, StringComparison.Ordinal);
        Assert.Contains("WINDOW in UTC: Sat 21:00–22:00 UTC", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePlan_ModelPromisesAdditiveOnlyForADrop_RepairQuotesTheNotesRulesThenSucceeds()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = SampleInputs.Production(DestructiveNotes);
        var good = SamplePlans.GoodFor(input);
        var contradicting = good with { Steps = [.. good.Steps, new PlanStep("Run the expand-phase migration: additive changes only, no drops or renames", "db/migrations/", StepMode.Automated)] };
        server.Enqueue(
            FakeModelReply.Content(SamplePlans.AsModelJson(contradicting)),
            FakeModelReply.Content(SamplePlans.AsModelJson(new OfflinePlanner().CreatePlan(input, null, 0, null))));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.Equal(2, plan.Planner.Attempts);
        var repair = RecordedPrompt.Messages(server.Requests[1])[^1].Content;
        Assert.Contains(PlanRules.NotesContradiction, repair, StringComparison.Ordinal);
        Assert.Contains(PlanRules.DestructiveContract, repair, StringComparison.Ordinal);
        Assert.Contains(PlanRules.DestructiveRollback, repair, StringComparison.Ordinal);
        Assert.Contains(plan.Items, item => item.Destructive && item.Text.Contains("users.password_md5", StringComparison.Ordinal));
    }
}
