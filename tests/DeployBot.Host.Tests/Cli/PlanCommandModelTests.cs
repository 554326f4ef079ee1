using System.Text.Json;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Core.Plans;
using DeployBot.Core.Requests;
using DeployBot.Testing.Model;

namespace DeployBot.Host.Tests.Cli;

/// <summary>The <c>plan</c> verb with a model configured: the real connector against the loopback fake server.</summary>
public sealed class PlanCommandModelTests
{
    private const string Notes = "Move session refresh to the new auth service; fix the login redirect loop on Safari";
    private const string Flag = "login-refresh-v2";

    [Fact]
    public async Task RunAsync_ModelConfigured_PrintsTheModelsPlanAfterOneRequest()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(TestContext.Current.CancellationToken);
        server.Enqueue(FakeModelReply.Content(ModelAnswer()));

        var run = await PlanCommandHarness.RunAsync(
            [$"NOTES={Notes}", "ENVIRONMENT=staging", $"FLAG={Flag}", "--format", "json"],
            ModelSettings(server));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var planner = json.RootElement.GetProperty("planner");
        Assert.Equal("model", planner.GetProperty("name").GetString());
        Assert.Equal("fake-model", planner.GetProperty("modelId").GetString());
        Assert.Equal(1, server.RequestCount);
        Assert.Contains("Safari", server.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ModelKeepsFailing_FallsBackOfflineAndSaysWhy()
    {
        await using var server = await FakeChatCompletionServer.StartAsync(TestContext.Current.CancellationToken);

        var run = await PlanCommandHarness.RunAsync([$"NOTES={Notes}", "ENVIRONMENT=staging", $"FLAG={Flag}"], ModelSettings(server));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("_Written by DeployBot's offline planner: the model fake-model", run.Output, StringComparison.Ordinal);
        Assert.Contains("## Deployment Steps", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestCount);
    }

    private static Dictionary<string, string?> ModelSettings(FakeChatCompletionServer server) => new()
    {
        ["Model:Provider"] = "OpenAICompatible",
        ["Model:Endpoint"] = server.BaseUrl.ToString(),
        ["Model:ModelId"] = "fake-model",
        ["Model:ApiKey"] = "sk-test-cli",
        ["Model:AttemptTimeoutSeconds"] = "5",
        ["Model:MaxAttempts"] = "2",
        ["Model:RetryBaseDelayMilliseconds"] = "10",
    };

    // A good answer for this request: the sections of a plan that passes the validator, in the model's JSON shape.
    private static string ModelAnswer()
    {
        var environment = new DeploymentEnvironment("staging", new EnvironmentOptions { Aliases = ["stage", "stg"] });
        var plan = new OfflinePlanner().CreatePlan(
            new PlanningInput(new DeploymentRequest(Notes, "staging", null, Flag), environment),
            fallbackReason: null,
            attempts: 0,
            modelId: null);
        return JsonSerializer.Serialize(
            new { plan.Summary, plan.PreDeploymentChecks, plan.Steps, plan.Verification, plan.Rollback, plan.NextActions, plan.ReleaseKind, plan.Risks },
            PlanJson.Indented);
    }
}
