using System.Text.Json;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Planning.Offline;
using DeployBot.Core.Plans;
using DeployBot.Core.Requests;
using Microsoft.Extensions.Configuration;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>
/// A valid model answer (the JSON object the prompt asks for) for the reliability requests: written from the offline
/// planner's plan for the same environment, window, flag and kind of notes, so it passes the validator for every
/// request <see cref="SlashCommands"/> sends. One answer serves them all; the context comes from each request.
/// </summary>
internal static class ModelAnswers
{
    public const string ModelId = "fake-reliability-model";

    public static string ValidPlanJson()
    {
        var environment = new DeploymentEnvironment("production", ProductionOptions());
        var request = new DeploymentRequest(SlashCommands.Notes(1), "production", SlashCommands.Window, SlashCommands.Flag);
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
        ?? throw new InvalidOperationException("appsettings.json beside the tests has no Environments:production.");
}
