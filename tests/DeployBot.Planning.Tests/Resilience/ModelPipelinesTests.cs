using DeployBot.Core.Planning;
using DeployBot.Planning.Resilience;
using DeployBot.Planning.Tests.Support;
using DeployBot.Testing.Model;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;

namespace DeployBot.Planning.Tests.Resilience;

public sealed class ModelPipelinesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanGeneration_Composition_BudgetThenCircuitThenRetryThenAttemptTimeout()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        await using var services = PlanningServices.ForFake(server, new Dictionary<string, string?>
        {
            ["Model:AttemptTimeoutSeconds"] = "7",
            ["Model:TotalTimeoutSeconds"] = "40",
            ["Model:MaxAttempts"] = "4",
        });

        var descriptor = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(PipelineKeys.PlanGeneration).GetPipelineDescriptor();

        Assert.Collection(
            descriptor.Strategies,
            budget => Assert.Equal(TimeSpan.FromSeconds(40), Assert.IsType<TimeoutStrategyOptions>(budget.Options).Timeout),
            circuit => Assert.IsType<CircuitBreakerStrategyOptions>(circuit.Options),
            retry =>
            {
                var options = Assert.IsType<RetryStrategyOptions>(retry.Options);
                Assert.Equal(3, options.MaxRetryAttempts);
                Assert.True(options.UseJitter);
                Assert.Equal(Polly.DelayBackoffType.Exponential, options.BackoffType);
            },
            attempt => Assert.Equal(TimeSpan.FromSeconds(7), Assert.IsType<TimeoutStrategyOptions>(attempt.Options).Timeout));
    }

    [Fact]
    public async Task CreatePlan_ModelKeepsFailing_CircuitOpensAndTheNextPlanMakesNoRequest()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.ServerError(502);
        await using var services = PlanningServices.ForFake(server, new Dictionary<string, string?>
        {
            ["Model:MaxAttempts"] = "2",
            ["Model:CircuitBreakerMinimumThroughput"] = "2",
            ["Model:CircuitBreakDurationSeconds"] = "600",
        });
        var planner = services.GetRequiredService<IDeploymentPlanner>();
        await planner.CreatePlanAsync(SampleInputs.Staging(), Ct);
        await planner.CreatePlanAsync(SampleInputs.Staging(), Ct);
        var requestsBefore = server.RequestCount;

        var plan = await planner.CreatePlanAsync(SampleInputs.Staging(), Ct);

        Assert.Equal(4, requestsBefore);
        Assert.Equal(requestsBefore, server.RequestCount);
        Assert.True(plan.Planner.IsOffline);
        Assert.Equal(0, plan.Planner.Attempts);
        Assert.StartsWith("model circuit open", plan.Planner.FallbackReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePlan_OnlyValidationFailures_CircuitStaysClosed()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.Content("I cannot write plans today.");
        await using var services = PlanningServices.ForFake(server, new Dictionary<string, string?>
        {
            ["Model:MaxAttempts"] = "1",
            ["Model:CircuitBreakerMinimumThroughput"] = "2",
        });
        var planner = services.GetRequiredService<IDeploymentPlanner>();

        for (var i = 0; i < 3; i++)
        {
            await planner.CreatePlanAsync(SampleInputs.Staging(), Ct);
        }

        // A model that answers, however badly, is alive: every plan still asked it.
        Assert.Equal(3, server.RequestCount);
    }
}
