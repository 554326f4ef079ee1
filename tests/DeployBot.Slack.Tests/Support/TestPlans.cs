using DeployBot.Core.Conversations;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;

namespace DeployBot.Slack.Tests.Support;

/// <summary>Plans and deliveries for renderer and platform tests.</summary>
internal static class TestPlans
{
    public static DeploymentPlan Plan(int steps = 3, string stepText = "Deploy the release image", PlannerInfo? planner = null) =>
        new(
            new PlanContext("Adds checkout-v2 & a schema migration", "production", "Sat 06:00-08:00 UTC", "checkout-v2"),
            ["Deploys checkout-v2 to production behind a flag.", "Schema change: additive column."],
            ["CI green on main", "Backup of orders database taken"],
            Enumerable.Range(1, steps).Select(i => new PlanStep($"{stepText} {i}", $"deploy/step{i}.sh", i % 2 == 0 ? StepMode.Manual : StepMode.Automated)).ToArray(),
            ["Error rate below 1% for 15 minutes"],
            ["Turn checkout-v2 off first", "Redeploy the previous image"],
            ["Remove the flag after a week"],
            ReleaseKind.Migration,
            [RiskArea.Schema],
            planner ?? PlannerInfo.OfflineByChoice);

    public static Requester Requester(string? responseUrl = null) =>
        new(Platforms.Slack, "U2CERLKJA", "roadrunner", "G8PSS9T3V", responseUrl);

    public static PlanDelivery Delivery(DeploymentPlan? plan = null, OnCallTarget? onCall = null, Acknowledgement? acknowledgement = null) =>
        new("plan-123", 1, plan ?? Plan(), "production", "C0RELEASES1", onCall ?? new OnCallTarget("S0SREONCALL", "Production On-Call", "static"), Requester(), acknowledgement);
}
