using System.Text.Json.Nodes;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;
using DeployBot.Slack.Tests.Support;

namespace DeployBot.Slack.Tests.Rendering;

public sealed class BlockKitPlanRendererTests
{
    [Fact]
    public void Render_ProductionPlan_HasHeaderOnCallGroupMentionNumberedStepsAndButtons()
    {
        var rendered = BlockKitPlanRenderer.Render(TestPlans.Delivery());

        var blocks = Blocks(rendered.Main);
        Assert.Equal("header", blocks[0]!["type"]!.GetValue<string>());
        Assert.Equal("Deployment plan: production", blocks[0]!["text"]!["text"]!.GetValue<string>());
        var text = AllText(rendered.Main);
        Assert.Contains("<!subteam^S0SREONCALL>", text, StringComparison.Ordinal);
        Assert.Contains("1. Deploy the release image 1", text, StringComparison.Ordinal);
        Assert.Contains("3. Deploy the release image 3", text, StringComparison.Ordinal);
        Assert.Contains("Adds checkout-v2 &amp; a schema migration", text, StringComparison.Ordinal);
        foreach (var heading in PlanSections.InOrder)
        {
            Assert.Contains($"*{SlackText.Escape(heading)}*", text, StringComparison.Ordinal);
        }

        var buttons = blocks.Last()!["elements"]!.AsArray();
        Assert.Equal(["regenerate", "acknowledge", "rollback_plan"], buttons.Select(b => b!["action_id"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal("plan-123", b!["value"]!.GetValue<string>()));
        Assert.Empty(rendered.Continuations);
    }

    [Fact]
    public void Render_PlanFromALink_ShowsTheLinkUnderItsTitleInTheContext()
    {
        var plan = TestPlans.Plan() with { Source = new ReleaseSource("https://github.com/acme/shop/pull/42", "Add <b>due</b> dates | #42", "6dcb09b", "CI: 3/3 checks passed on 6dcb09b") };

        var text = AllText(BlockKitPlanRenderer.Render(TestPlans.Delivery(plan)).Main);

        Assert.Contains("*Source:* <https://github.com/acme/shop/pull/42|Add &lt;b&gt;due&lt;/b&gt; dates ¦ #42> · CI: 3/3 checks passed on 6dcb09b\n*Environment:*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlanFromTypedNotes_HasNoSourceLine() =>
        Assert.DoesNotContain("*Source:*", AllText(BlockKitPlanRenderer.Render(TestPlans.Delivery()).Main), StringComparison.Ordinal);

    [Fact]
    public void Render_OfflinePlan_SaysSoAboveTheContext()
    {
        var text = AllText(BlockKitPlanRenderer.Render(TestPlans.Delivery()).Main);

        Assert.Contains(PlanSections.OfflineNotice, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FallbackAfterModelFailure_SaysWhy()
    {
        var plan = TestPlans.Plan(planner: new PlannerInfo(PlannerInfo.Offline, "gpt-x", 3, "the model timed out"));

        var text = AllText(BlockKitPlanRenderer.Render(TestPlans.Delivery(plan)).Main);

        Assert.Contains("the model timed out", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ModelTextWithMentions_PingsOnlyTheConfiguredOnCall()
    {
        var plan = TestPlans.Plan(stepText: "Tell <!channel> and <@U999EVIL> and <!subteam^S999|@all> and @here");

        var text = AllText(BlockKitPlanRenderer.Render(TestPlans.Delivery(plan)).Main);

        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U999EVIL>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!subteam^S999", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", text, StringComparison.Ordinal);
        Assert.Contains("<!subteam^S0SREONCALL>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OnCallWithoutMentionId_NamesThemInPlainTextWithTheReason()
    {
        var onCall = new OnCallTarget(null, "Dana <Ops>", "pagerduty", "not found in Slack by e-mail");

        var text = AllText(BlockKitPlanRenderer.Render(TestPlans.Delivery(onCall: onCall)).Main);

        Assert.Contains("*On-call:* Dana &lt;Ops&gt; _(not pinged: not found in Slack by e-mail)_", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Acknowledged_ShowsWhoAndWhen()
    {
        var ack = new Acknowledgement("U0ONCALL01", "dana", DateTimeOffset.FromUnixTimeSeconds(1_718_000_000));

        var text = AllText(BlockKitPlanRenderer.Render(TestPlans.Delivery(acknowledgement: ack)).Main);

        Assert.Contains("Acknowledged by <@U0ONCALL01> on <!date^1718000000^", text, StringComparison.Ordinal);
        Assert.Contains("2024-06-10 06:13 UTC", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VeryLongPlan_StaysWithinSlackLimitsAndContinuesInTheThreadWithoutLosingAStep()
    {
        var plan = TestPlans.Plan(steps: 400, stepText: new string('x', 480) + " step");

        var rendered = BlockKitPlanRenderer.Render(TestPlans.Delivery(plan));

        var messages = new[] { rendered.Main }.Concat(rendered.Continuations).ToArray();
        Assert.NotEmpty(rendered.Continuations);
        Assert.All(messages, message =>
        {
            var blocks = Blocks(message);
            Assert.InRange(blocks.Count, 1, SlackLimits.BlocksPerMessage);
            Assert.All(blocks, b => Assert.InRange(BlockText(b).Length, 0, b!["type"]!.GetValue<string>() == "header" ? 150 : 3000));
            Assert.InRange(blocks.Sum(b => BlockText(b).Length), 0, SlackLimits.BlockTextPerMessage);
        });
        var all = string.Join("\n", messages.Select(AllText));
        Assert.All(Enumerable.Range(1, 400), i => Assert.Contains($"{i}. {new string('x', 480)} step {i} (`deploy/step{i}.sh`)", all, StringComparison.Ordinal));
        Assert.Contains("continues in this message's thread", AllText(rendered.Main), StringComparison.Ordinal);
        Assert.Equal("actions", Blocks(rendered.Main).Last()!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Render_LongEnvironmentName_KeepsTheHeaderWithin150Characters()
    {
        var delivery = TestPlans.Delivery() with { Environment = new string('e', 300) };

        var header = Blocks(BlockKitPlanRenderer.Render(delivery).Main)[0]!["text"]!["text"]!.GetValue<string>();

        Assert.InRange(header.Length, 1, 150);
    }

    private static JsonArray Blocks(SlackMessage message) => (JsonArray)JsonNode.Parse(SlackJson.Serialize(message.Blocks))!;

    private static string BlockText(JsonNode? block) => block?["text"]?["text"]?.GetValue<string>()
        ?? string.Join("", block?["elements"]?.AsArray().Select(e => e?["text"] is JsonValue v ? v.GetValue<string>() : string.Empty) ?? []);

    private static string AllText(SlackMessage message) => string.Join("\n", Blocks(message).Select(BlockText));
}
