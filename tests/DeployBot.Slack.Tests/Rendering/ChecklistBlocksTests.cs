using System.Text.Json.Nodes;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;
using DeployBot.Slack.Tests.Support;

namespace DeployBot.Slack.Tests.Rendering;

public sealed class ChecklistBlocksTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 10, 42, 0, TimeSpan.Zero);

    [Fact]
    public void Render_TwentyThreeSteps_CheckboxesInGroupsOfTenTickedFromTheStoredChecklist()
    {
        var ticks = new[] { new StepTick(2, true, "U0BOB0001", "bob", At), new StepTick(11, true, "U0ANN0001", "ann", At), new StepTick(12, false, "U0ANN0001", "ann", At) };
        var delivery = TestPlans.Delivery(TestPlans.Plan(steps: 23, stepText: new string('s', 90))) with { Checklist = new PlanChecklist(1, 23, ticks) };

        var blocks = Blocks(BlockKitPlanRenderer.Render(delivery).Main);

        var checklists = blocks.Where(b => ((string?)b!["block_id"])?.StartsWith("checklist:", StringComparison.Ordinal) == true).Select(b => b!["elements"]![0]!).ToArray();
        Assert.Equal([10, 10, 3], checklists.Select(c => c["options"]!.AsArray().Count));
        Assert.All(checklists, c => Assert.Equal(("checkboxes", "checklist"), ((string?)c["type"], (string?)c["action_id"])));
        Assert.Equal(["2"], checklists[0]["initial_options"]!.AsArray().Select(o => (string?)o!["value"]));
        Assert.Equal(["11"], checklists[1]["initial_options"]!.AsArray().Select(o => (string?)o!["value"]));
        Assert.Null(checklists[2]["initial_options"]);
        Assert.Equal("Done by <@U0BOB0001> at 10:42 UTC", (string?)checklists[0]["initial_options"]![0]!["description"]!["text"]);
        Assert.All(checklists.SelectMany(c => c["options"]!.AsArray()), o => Assert.InRange(((string?)o!["text"]!["text"])!.Length, 1, 75));
        Assert.Contains("Checklist: 2/23 steps done.", (string?)blocks[1]!["elements"]![0]!["text"], StringComparison.Ordinal);
        Assert.Equal("actions", (string?)blocks.Last()!["type"]);
    }

    [Fact]
    public void Render_SecondVersion_SaysItStartsItsOwnChecklist()
    {
        var delivery = TestPlans.Delivery() with { Version = 2 };

        var context = (string?)Blocks(BlockKitPlanRenderer.Render(delivery).Main)[1]!["elements"]![0]!["text"];

        Assert.Contains("Checklist: 0/3 steps done. Version 2 starts its own checklist.", context, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangesTo_OneBoxTickedAndNoneUnticked_ReturnsJustThatStep()
    {
        var shown = ChecklistBlockId.TryParse(new ChecklistBlockId("plan-123", 2, 11, [true, false, false]).Format())!;

        var changes = shown.ChangesTo(["11", "13"]);

        Assert.Equal(("plan-123", 2, 11), (shown.PlanId, shown.Version, shown.FirstStep));
        Assert.Equal([(13, true)], changes);
        Assert.Equal([(11, false)], shown.ChangesTo([]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("plan_actions")]
    [InlineData("checklist:plan-1:1:1:")]
    [InlineData("checklist:plan-1:x:1:01")]
    [InlineData("checklist:plan-1:1:0:01")]
    [InlineData("checklist:plan-1:1:1:0120")]
    [InlineData("checklist:plan-1:1:1:010101010101")]
    public void TryParse_NotABlockIdThisRendererWrote_ReturnsNull(string? blockId) =>
        Assert.Null(ChecklistBlockId.TryParse(blockId));

    private static JsonArray Blocks(SlackMessage message) => (JsonArray)JsonNode.Parse(SlackJson.Serialize(message.Blocks))!;
}
