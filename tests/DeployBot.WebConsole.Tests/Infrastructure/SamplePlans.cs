using DeployBot.Core.Conversations;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;

namespace DeployBot.WebConsole.Tests.Infrastructure;

/// <summary>Plans and deliveries to render, built by hand so each test says what it relies on.</summary>
internal static class SamplePlans
{
    public static DeploymentPlan Plan(string notes = "Add the orders.status column", PlannerInfo? planner = null) => new(
        new PlanContext(notes, "production", "Sat 02:00-04:00 UTC", null),
        ["Deploys the orders service to production."],
        ["CI is green."],
        [
            new PlanStep("Take a database snapshot.", "ops/backup.sh", StepMode.Manual),
            new PlanStep("Run the pipeline.", ".github/workflows/deploy.yml (line 12)", StepMode.Automated, "enable checkout-v2 for 1%"),
        ],
        ["Error rate under 1%."],
        ["Redeploy the previous image."],
        ["Tell #releases when done."],
        ReleaseKind.Migration,
        [RiskArea.Schema],
        planner ?? PlannerInfo.OfflineByChoice);

    public static PlanDelivery Delivery(DeploymentPlan? plan, string planId = "plan-1", int version = 1) => new(
        planId,
        version,
        plan,
        "production",
        "releases",
        new OnCallTarget("oncall-prod", "Production On-Call", "static"),
        new Requester(Platforms.Console, "console-user", "Robin", "releases"));
}
