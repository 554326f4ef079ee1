using DeployBot.Core.Conversations;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;

namespace DeployBot.Teams.Tests.Infrastructure;

internal static class SamplePlans
{
    public const string ReleaseChannel = "19:production-releases@thread.tacv2";

    public static DeploymentPlan Plan(int steps = 4, int bulletLength = 60, string? summary = null, PlannerInfo? planner = null) => new(
        new PlanContext("Add index on orders.created_at; rotate JWT signing keys", "production", "Sat 02:00-04:00 UTC", "orders-index"),
        [summary ?? "Deploys the orders index and the key rotation to production.", Text("Summary detail", bulletLength)],
        [Text("CI green on main", bulletLength), "Database snapshot taken"],
        Enumerable.Range(1, steps).Select(i => new PlanStep(Text($"Step {i} action", bulletLength), $"deploy/step{i}.sh", i % 2 == 0 ? StepMode.Manual : StepMode.Automated, i == 2 ? "enable orders-index for 1% of traffic" : null)).ToArray(),
        [Text("Error rate below 1%", bulletLength)],
        ["Turn orders-index off first", Text("Roll back the image", bulletLength)],
        [Text("Remove the flag after a week", bulletLength)],
        ReleaseKind.Migration,
        [RiskArea.Schema, RiskArea.Auth],
        planner ?? new PlannerInfo(PlannerInfo.Model, "gpt-test", 1, null));

    public static PlanDelivery Delivery(DeploymentPlan? plan, string? replyAddress = null, Acknowledgement? ack = null) => new(
        "plan-123",
        1,
        plan,
        "production",
        ReleaseChannel,
        new OnCallTarget("oncall-prod@example.com", "Production On-Call", "static"),
        new Requester(Platforms.Teams, "6ad0b2fe", "Alice Example", ReleaseChannel, replyAddress),
        ack);

    private static string Text(string start, int length) => length <= start.Length ? start : start + " " + new string('x', length - start.Length - 1);
}
