using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Planning.Tests.Support;
using DeployBot.Testing.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Planning.Tests.Model;

/// <summary>The model planner through the real Semantic Kernel connector against the loopback fake server.</summary>
public sealed class ModelPlannerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatePlan_ModelAnswersValidPlan_ReturnsModelPlanAfterOneAttempt()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = SampleInputs.Staging(flag: "login-v2");
        var expected = SamplePlans.GoodFor(input);
        server.Enqueue(FakeModelReply.Content(SamplePlans.AsModelJson(expected)));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        Assert.Equal(new PlannerInfo(PlannerInfo.Model, PlanningServices.ModelId, 1, null), plan.Planner);
        Assert.Equal(expected.Steps, plan.Steps);
        Assert.Equal(expected.Rollback, plan.Rollback);
        Assert.Equal(new PlanContext(input.Request.Notes, "staging", null, "login-v2"), plan.Context);
        Assert.Equal([RiskArea.Auth], plan.Risks);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal($"Bearer {PlanningServices.ApiKey}", server.Requests[0].Authorization);
        Assert.Contains("\"json_object\"", server.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePlan_JsonModeOff_AsksWithoutResponseFormat()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = SampleInputs.Staging();
        server.Enqueue(FakeModelReply.Content(SamplePlans.AsModelJson(SamplePlans.GoodFor(input))));
        await using var services = PlanningServices.ForFake(server, new Dictionary<string, string?> { ["Model:JsonMode"] = "false" });

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.DoesNotContain("response_format", server.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePlan_RateLimitedWithRetryAfter_WaitsAtLeastThatLongThenSucceeds()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = SampleInputs.Staging();
        server.Enqueue(FakeModelReply.TooManyRequests(retryAfterSeconds: 1), FakeModelReply.Content(SamplePlans.AsModelJson(SamplePlans.GoodFor(input))));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.Equal(2, plan.Planner.Attempts);
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        // The backoff alone is 10 ms here: a gap of about a second is the server's Retry-After being honoured. Timers and the
        // server's receive stamps are not the same clock (a CI run saw 998.9 ms), so allow a few milliseconds either way.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), $"retried after {requests[1].ReceivedAt - requests[0].ReceivedAt}");
    }

    [Fact]
    public async Task CreatePlan_ServerFailsEveryAttempt_OfflinePlannerWritesPlanAndSaysWhy()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.ServerError(500);
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(SampleInputs.Staging(), Ct);

        Assert.True(plan.Planner.IsOffline);
        Assert.Equal(3, plan.Planner.Attempts);
        Assert.Equal(PlanningServices.ModelId, plan.Planner.ModelId);
        Assert.Equal("the model did not answer after 3 attempts (HTTP 500)", plan.Planner.FallbackReason);
        // Exactly MaxAttempts requests reached the server: the SDK adds no retries of its own under ours.
        Assert.Equal(3, server.RequestCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task CreatePlan_ServerErrors_RequestCountEqualsMaxAttempts(int maxAttempts)
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.ServerError(503);
        await using var services = PlanningServices.ForFake(server, new Dictionary<string, string?> { ["Model:MaxAttempts"] = $"{maxAttempts}" });

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(SampleInputs.Staging(), Ct);

        Assert.Equal(maxAttempts, server.RequestCount);
        Assert.Equal(maxAttempts, plan.Planner.Attempts);
    }

    [Fact]
    public async Task CreatePlan_ServerHangs_EachAttemptTimesOutThenOfflineFallback()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.Hang();
        await using var services = PlanningServices.ForFake(server, new Dictionary<string, string?>
        {
            ["Model:AttemptTimeoutSeconds"] = "0.5",
            ["Model:MaxAttempts"] = "2",
        });

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(SampleInputs.Staging(), Ct);

        Assert.True(plan.Planner.IsOffline);
        Assert.Equal("the model did not answer after 2 attempts (timed out after 0.5 s)", plan.Planner.FallbackReason);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task CreatePlan_BodyIsNotJson_CountsAsFailedAttemptAndRetries()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        var input = SampleInputs.Staging();
        server.Enqueue(FakeModelReply.Garbage(), FakeModelReply.Content(SamplePlans.AsModelJson(SamplePlans.GoodFor(input))));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.Equal(2, plan.Planner.Attempts);
    }

    [Fact]
    public async Task CreatePlan_ModelRejectsTheKey_FallsBackWithoutRetrying()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.ServerError(401);
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(SampleInputs.Staging(), Ct);

        Assert.Equal("the model refused the request (HTTP 401)", plan.Planner.FallbackReason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CreatePlan_RetryAfterLongerThanTheBudget_FallsBackAtOnceWithoutWaiting()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.TooManyRequests(retryAfterSeconds: 600);
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(SampleInputs.Staging(), Ct);

        Assert.Equal("the model did not answer after 1 attempt (HTTP 429)", plan.Planner.FallbackReason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CreatePlan_AttemptsOutlastTheBudget_FallsBackNamingTheBudget()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.Hang();
        await using var services = PlanningServices.ForFake(server, new Dictionary<string, string?>
        {
            ["Model:AttemptTimeoutSeconds"] = "1",
            ["Model:TotalTimeoutSeconds"] = "1.8",
            ["Model:MaxAttempts"] = "5",
        });

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(SampleInputs.Staging(), Ct);

        Assert.True(plan.Planner.IsOffline);
        Assert.Equal("the model did not answer within the 1.8 s time budget (2 attempts)", plan.Planner.FallbackReason);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task CreatePlan_CallerCancels_CancellationIsNotTurnedIntoAFallback()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.WhenScriptIsEmpty = FakeModelReply.Hang();
        await using var services = PlanningServices.ForFake(server);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var planning = services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(SampleInputs.Staging(), cancellation.Token);
        await WaitForRequestAsync(server);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => planning);
    }

    private static async Task WaitForRequestAsync(FakeChatCompletionServer server)
    {
        for (var i = 0; i < 500 && server.RequestCount == 0; i++)
        {
            await Task.Delay(10, Ct);
        }
    }
}
