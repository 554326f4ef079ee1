using System.Text.Json;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Core.Plans;
using DeployBot.Core.Requests;
using Microsoft.Extensions.Configuration;

namespace DeployBot.Testing.Model;

/// <summary>
/// A valid model answer (the JSON object the prompt asks for), written from the offline planner's plan for a production
/// request, so it passes the validator for every request of the same environment, window, flag and kind of notes.
/// The plan's context block comes from each request, so one answer serves a whole burst.
/// </summary>
public static class ValidModelPlans
{
    public static string ForProduction(DeploymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var environment = new DeploymentEnvironment(request.Environment, ProductionOptions());
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
        ?? throw new InvalidOperationException($"appsettings.json beside {AppContext.BaseDirectory} has no Environments:production.");
}
