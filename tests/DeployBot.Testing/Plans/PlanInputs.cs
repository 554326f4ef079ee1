using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Requests;

namespace DeployBot.Testing.Plans;

/// <summary>Environments and planning inputs shared by the plan and planner tests.</summary>
public static class PlanInputs
{
    public const string SchemaNotes =
        "Checkout v2: add `orders.status_v2` column and backfill it from the legacy status in batches.\n"
        + "Adds a new index on orders(created_at). Stripe webhook handler retries on 5xx.";

    public static DeploymentEnvironment Production { get; } =
        new("production", new EnvironmentOptions { Aliases = ["prod"], Risk = RiskLevel.High, RequireWindow = true });

    public static DeploymentEnvironment Staging { get; } = new("staging", new EnvironmentOptions { Risk = RiskLevel.Low });

    public static PlanningInput ProductionInput(string notes = SchemaNotes, string? window = "Sat 02:00-04:00 UTC", string? flag = "checkout-v2") =>
        new(new DeploymentRequest(notes, Production.Name, window, flag), Production);

    public static PlanningInput StagingInput(string notes = "Fix the login redirect loop on Safari.", string? window = null, string? flag = null) =>
        new(new DeploymentRequest(notes, Staging.Name, window, flag), Staging);
}
