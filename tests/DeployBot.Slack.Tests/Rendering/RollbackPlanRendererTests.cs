using System.Text.Json.Nodes;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Tests.Rendering;

public sealed class RollbackPlanRendererTests
{
    [Fact]
    public void Render_RollbackPlan_HeaderContextAndTheSixSectionsWithNumberedStepsAndChecks()
    {
        var messages = RollbackPlanRenderer.Render(Plan(steps: 3), "Detailed rollback plan for version 2 of this plan.");

        var message = Assert.Single(messages);
        var blocks = Blocks(message);
        Assert.Equal("Rollback plan: production (version 2)", blocks[0]!["text"]!["text"]!.GetValue<string>());
        var text = AllText(message);
        Assert.Contains("*Plan:* `p-1`, version 2", text, StringComparison.Ordinal);
        Assert.Contains("*Flag:* login-v2", text, StringComparison.Ordinal);
        var positions = RollbackSections.InOrder.Select(heading => text.IndexOf($"*{SlackText.Escape(heading)}*", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, position => Assert.True(position > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("2. Undo step 2 (`deploy/step-2.sh`) _manual_ — check: step 2 is undone", text, StringComparison.Ordinal);
        Assert.Contains("• Tell the release channel.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ModelTextWithBroadcastsAndMarkup_IsNeutralised()
    {
        var plan = Plan(steps: 1) with { Summary = ["<!channel> roll back now <https://evil.example|click>"] };

        var text = AllText(Assert.Single(RollbackPlanRenderer.Render(plan, "lead")));

        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VeryLongRollbackPlan_ContinuesInMoreMessagesEachWithinSlacksLimits()
    {
        var messages = RollbackPlanRenderer.Render(Plan(steps: 400), "lead");

        Assert.True(messages.Count > 1);
        Assert.All(messages, message => Assert.True(message.Blocks!.Count <= SlackLimits.BlocksPerMessage));
        Assert.All(messages, message => Assert.True(AllText(message).Length <= SlackLimits.BlockTextPerMessage + 100));
        var all = string.Join("\n", messages.Select(AllText));
        Assert.Contains("400. Undo step 400", all, StringComparison.Ordinal);
        Assert.Contains(SlackText.Escape(RollbackSections.Communication), all, StringComparison.Ordinal);
    }

    private static RollbackPlan Plan(int steps) => new(
        new RollbackContext("p-1", 2, "Drop users.password_md5", "production", "login-v2"),
        ["Turn login-v2 off first."],
        ["5xx above 2% for 5 minutes."],
        [.. Enumerable.Range(1, steps).Select(i => new RollbackStep($"Undo step {i}", $"deploy/step-{i}.sh", StepMode.Manual, $"step {i} is undone"))],
        ["Restore users.password_md5 from the snapshot."],
        ["Smoke tests pass."],
        ["Tell the release channel."],
        PlannerInfo.OfflineByChoice);

    private static JsonArray Blocks(SlackMessage message) => (JsonArray)JsonNode.Parse(SlackJson.Serialize(message.Blocks))!;

    private static string AllText(SlackMessage message) =>
        string.Join("\n", Blocks(message).Select(block => block?["text"]?["text"]?.GetValue<string>()
            ?? string.Join("", block?["elements"]?.AsArray().Select(e => e?["text"]?.GetValue<string>() ?? string.Empty) ?? [])));
}
