using DeployBot.Core.Conversations;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;

namespace DeployBot.Benchmarks.Micro.Benchmarks;

/// <summary>
/// A large plan, bigger than one Slack message and one Teams card: long notes with characters both platforms escape
/// (&amp; &lt; &gt; * _ `), 40 steps with references and flag ramps, and full sections, so the renderers' escaping,
/// splitting and pagination all run.
/// </summary>
internal static class LargePlan
{
    public const int Steps = 40;

    public static PlanDelivery Delivery()
    {
        var notes = string.Join(' ', Enumerable.Range(1, 30).Select(i =>
            $"Change {i}: <orders-api> & *checkout* adds column orders.col_{i} (`ALTER TABLE`) _safely_;"));
        var plan = new DeploymentPlan(
            new PlanContext(notes, "production", "Sat 06:00-08:00 UTC", "checkout-v2"),
            Lines("Deploys the orders API with an additive schema change behind checkout-v2 & <care>", 8),
            Lines("Backup of the orders database taken and restore tested", 10),
            Enumerable.Range(1, Steps).Select(Step).ToArray(),
            Lines("Error rate of /checkout below 1% for 15 minutes on the *orders* dashboard", 10),
            Lines("Turn checkout-v2 off, redeploy the previous image, run the down migration", 10),
            Lines("Remove the checkout-v2 flag after a week & close the release ticket", 5),
            ReleaseKind.Migration,
            [RiskArea.Schema, RiskArea.Data, RiskArea.Config],
            new PlannerInfo(PlannerInfo.Model, "fake-model", 1, null));
        var requester = new Requester(Platforms.Slack, "U2CERLKJA", "roadrunner", "C0DEVTEAM01", null);
        return new PlanDelivery("plan-0123456789", 1, plan, "production", "C0RELEASES1", new OnCallTarget("S0SREONCALL", "Production On-Call", "static"), requester);
    }

    private static PlanStep Step(int i) => new(
        $"Run step {i} of the rollout: apply migration part {i} to <orders> & check *replication lag* stays under 5 s before going on",
        $"deploy/rollout/step{i:D2}.sh (line {i * 10})",
        i % 3 == 0 ? StepMode.Manual : StepMode.Automated,
        i % 10 == 0 ? $"enable checkout-v2 for {i}% of traffic" : null);

    private static string[] Lines(string text, int count) =>
        Enumerable.Range(1, count).Select(i => $"{text} ({i}).").ToArray();
}
