using DeployBot.Testing.Plans;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;

namespace DeployBot.Core.Tests.Plans;

/// <summary>Hand-written plans: a small one that meets every rule for <see cref="PlanInputs.ProductionInput"/>, to break one rule at a time.</summary>
internal static class PlanSamples
{
    public static PlanningInput Input { get; } = PlanInputs.ProductionInput();

    public static DeploymentPlan Valid { get; } = new(
        new PlanContext(PlanInputs.SchemaNotes, "production", "Sat 02:00-04:00 UTC", "checkout-v2"),
        [
            "Deploys checkout v2 with a new orders column to production.",
            "It is a larger migration touching the schema and the Stripe webhooks.",
            "Everything fits inside the window Sat 02:00-04:00 UTC, and the flag checkout-v2 guards the new path.",
        ],
        [
            "Approvals from the service owner and the DBA are recorded.",
            "Tell the on-call engineer before starting.",
            "Backup: a fresh snapshot of the orders database exists.",
        ],
        [
            new PlanStep("Run the expand migration", "db/migrations/0042_orders_status.sql", StepMode.Automated),
            new PlanStep("Deploy the new image", "deploy/k8s/deployment.yaml (line 12)", StepMode.Automated),
            new PlanStep("Ramp the flag", "config/flags.yaml", StepMode.Manual, "enable checkout-v2 for 1%, then 10%, 50%, 100%"),
        ],
        ["Smoke tests pass with checkout-v2 on and with it off."],
        ["Turn checkout-v2 off first.", "Then run the down-migration or restore the snapshot."],
        ["Remove the flag a week after 100%."],
        ReleaseKind.Migration,
        [RiskArea.Schema, RiskArea.External, RiskArea.Data],
        new PlannerInfo(PlannerInfo.Model, "gpt-test", 1, null));
}
