using System.Text.Json;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Planning.Offline;
using DeployBot.Core.Plans;
using DeployBot.Core.Requests;
using Microsoft.Extensions.Configuration;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// The fake model's one answer: a valid plan JSON (the object the prompt asks for), written from the offline
/// planner's plan for the production environment, window, flag and kind of notes every command here carries, so it
/// passes the validator for each of them. The plan's context block comes from each request, so plans differ.
/// </summary>
internal static class ModelAnswer
{
    public const string ModelId = "fake-load-model";

    public static string ValidPlanJson()
    {
        var environment = new DeploymentEnvironment(SignedCommands.Environment, ProductionOptions());
        var request = new DeploymentRequest(SignedCommands.Notes(1), SignedCommands.Environment, SignedCommands.Window, SignedCommands.Flag);
        var plan = new OfflinePlanner().CreatePlan(new PlanningInput(request, environment), fallbackReason: null, attempts: 0, modelId: null);
        return JsonSerializer.Serialize(
            new { plan.Summary, plan.PreDeploymentChecks, plan.Steps, plan.Verification, plan.Rollback, plan.NextActions, plan.ReleaseKind, plan.Risks },
            PlanJson.Indented);
    }

    /// <summary>The production environment exactly as the host reads it from the shipped appsettings.json.</summary>
    private static EnvironmentOptions ProductionOptions() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .Build()
            .GetSection("Environments:production")
            .Get<EnvironmentOptions>()
        ?? throw new InvalidOperationException("appsettings.json beside the tool has no Environments:production.");
}
