using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Planning.Tests.Support;
using DeployBot.Testing.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Planning.Tests.Security;

/// <summary>Issue 19 item 9: the API key is redacted from plan answers too, not only from thread answers.</summary>
public sealed class PlanRedactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatePlan_ModelEchoesTheApiKeyInAStep_KeyIsRedacted()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = SampleInputs.Staging();
        var json = SamplePlans.AsModelJson(SamplePlans.GoodFor(input));
        var marker = json.IndexOf("\"steps\"", StringComparison.OrdinalIgnoreCase);
        var firstAction = json.IndexOf("\"action\"", marker, StringComparison.OrdinalIgnoreCase);
        var valueStart = json.IndexOf('"', json.IndexOf(':', firstAction) + 1) + 1;
        var leaky = json.Insert(valueStart, $"Use key {PlanningServices.ApiKey} then ");
        server.Enqueue(FakeModelReply.Content(leaky));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.DoesNotContain(PlanningServices.ApiKey, string.Join("\n", plan.Steps.Select(step => step.Action)), StringComparison.Ordinal);
        Assert.Contains("[redacted]", plan.Steps[0].Action, StringComparison.Ordinal);
    }
}
